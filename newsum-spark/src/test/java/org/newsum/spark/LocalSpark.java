package org.newsum.spark;

import org.apache.spark.sql.SparkSession;

/** One real SparkSession in local[2] for all the tests of this JVM, stopped when it exits. */
final class LocalSpark {

    private static SparkSession session;

    static synchronized SparkSession get() {
        if (session == null || session.sparkContext().isStopped()) {
            session = SparkSession.builder().master("local[2]").appName("newsum-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.driver.host", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }

    /** Stops the session (the cluster test starts one of its own); the next {@link #get} starts another. */
    static synchronized void stop() {
        if (session != null) {
            session.stop();
            session = null;
        }
    }

    private LocalSpark() {
    }
}

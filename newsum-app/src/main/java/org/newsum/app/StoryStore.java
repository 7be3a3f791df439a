package org.newsum.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.newsum.model.Article;
import org.newsum.model.NewsumException;
import org.newsum.model.StoryState;

/**
 * Where {@code newsum stories --state} keeps a stream's open stories between runs: an embedded H2 database (a
 * folder, holding {@code stories.mv.db}) or any database given by its JDBC URL. Tables: {@code stream} (one row:
 * the clock and counters), {@code term} (document frequencies), {@code story} (each open story as JSON) and
 * {@code article} (the articles of the open stories as read, for their briefs). A save replaces the whole state in
 * one transaction, so a run that fails leaves the previous state as it was.
 */
final class StoryStore implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Connection db;
    private final String name;

    private StoryStore(Connection db, String name) {
        this.db = db;
        this.name = name;
    }

    /** Opens (creating it if need be) the store at {@code where}: a folder, or a {@code jdbc:} URL. */
    static StoryStore open(String where) throws NewsumException {
        String url;
        if (where.startsWith("jdbc:")) {
            url = where;
        } else {
            Path dir = Path.of(where);
            try {
                Files.createDirectories(dir);
            } catch (java.io.IOException e) {
                throw new NewsumException(where + ": cannot create the state folder (" + NewsumException.reason(e) + ")", e);
            }
            url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("stories") + ";DB_CLOSE_ON_EXIT=FALSE";
        }
        try {
            Connection c = DriverManager.getConnection(url);
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS stream (k INT PRIMARY KEY, seen BIGINT, clock BIGINT, "
                        + "next_story BIGINT, news BIGINT)");
                s.execute("CREATE TABLE IF NOT EXISTS term (stem VARCHAR(1000) PRIMARY KEY, df INT NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS story (id VARCHAR(40) PRIMARY KEY, pos INT NOT NULL, "
                        + "body CLOB NOT NULL)");
                s.execute("CREATE TABLE IF NOT EXISTS article (id VARCHAR(1000) PRIMARY KEY, body CLOB NOT NULL)");
            }
            c.commit();
            return new StoryStore(c, where);
        } catch (SQLException e) {
            throw new NewsumException(where + ": cannot open the story state (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
    }

    /** The saved state ({@link StoryState#EMPTY} in a new store) and the saved articles of its open stories. */
    Loaded load() throws NewsumException {
        try {
            long seen = 0;
            long clock = Long.MIN_VALUE;
            long next = 1;
            long news = 0;
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT seen, clock, next_story, news FROM stream WHERE k = 1")) {
                if (r.next()) {
                    seen = r.getLong(1);
                    clock = r.getLong(2);
                    next = r.getLong(3);
                    news = r.getLong(4);
                }
            }
            Map<String, Integer> df = new HashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT stem, df FROM term")) {
                while (r.next()) {
                    df.put(r.getString(1), r.getInt(2));
                }
            }
            List<StoryState.OpenStory> open = new ArrayList<>();
            try (Statement s = db.createStatement();
                 ResultSet r = s.executeQuery("SELECT body FROM story ORDER BY pos")) {
                while (r.next()) {
                    open.add(JSON.readValue(r.getString(1), StoryState.OpenStory.class));
                }
            }
            Map<String, Article> articles = new LinkedHashMap<>();
            try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, body FROM article ORDER BY id")) {
                while (r.next()) {
                    articles.put(r.getString(1), JSON.readValue(r.getString(2), Article.class));
                }
            }
            return new Loaded(new StoryState(seen, clock, next, news, df, open), articles);
        } catch (SQLException | JsonProcessingException e) {
            throw new NewsumException(name + ": cannot read the story state (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
    }

    /** A saved state with the articles of its open stories. */
    record Loaded(StoryState state, Map<String, Article> articles) {
    }

    /** Replaces the saved state by {@code state} and {@code articles}, in one transaction. */
    void save(StoryState state, Map<String, Article> articles) throws NewsumException {
        try {
            try (Statement s = db.createStatement()) {
                s.execute("DELETE FROM stream");
                s.execute("DELETE FROM term");
                s.execute("DELETE FROM story");
                s.execute("DELETE FROM article");
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO stream VALUES (1, ?, ?, ?, ?)")) {
                p.setLong(1, state.seen());
                p.setLong(2, state.clock());
                p.setLong(3, state.nextStory());
                p.setLong(4, state.news());
                p.executeUpdate();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO term VALUES (?, ?)")) {
                int n = 0;
                for (Map.Entry<String, Integer> e : state.documentFrequency().entrySet()) {
                    p.setString(1, e.getKey());
                    p.setInt(2, e.getValue());
                    p.addBatch();
                    if (++n % 10_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO story VALUES (?, ?, ?)")) {
                int pos = 0;
                for (StoryState.OpenStory o : state.open()) {
                    p.setString(1, o.story().id());
                    p.setInt(2, pos++);
                    p.setString(3, JSON.writeValueAsString(o));
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO article VALUES (?, ?)")) {
                for (Map.Entry<String, Article> e : articles.entrySet()) {
                    p.setString(1, e.getKey());
                    p.setString(2, JSON.writeValueAsString(e.getValue()));
                    p.addBatch();
                }
                p.executeBatch();
            }
            db.commit();
        } catch (SQLException | JsonProcessingException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the first error is the one to report
            }
            throw new NewsumException(name + ": cannot save the story state (" + e.getMessage().lines().findFirst()
                    .orElse("") + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            db.close();
        } catch (SQLException e) {
            // nothing unsaved is lost: save commits
        }
    }
}

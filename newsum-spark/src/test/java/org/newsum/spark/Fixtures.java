package org.newsum.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Invented clusters as dataset lines: a small town's events, written for these tests. */
final class Fixtures {

    static final ObjectMapper JSON = new ObjectMapper();

    /** Cluster id to its articles' texts. */
    static Map<String, List<String>> clusters() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("bridge", List.of(
                "The old river bridge in Kelmarsh will close for repairs on Monday, the town council said. "
                        + "Engineers found cracks in two of its stone arches during an inspection last month. "
                        + "The council expects the work to take about six weeks and to cost 2.4 million pounds. "
                        + "Drivers will be sent along the ring road while the bridge is shut. "
                        + "\"We cannot risk the safety of anyone crossing it,\" said council leader Mara Quint.",
                "Kelmarsh's river bridge is to shut for six weeks from Monday so that cracked arches can be mended. "
                        + "An inspection last month found the damage in two arches, the council said. "
                        + "The repairs are expected to cost 2.6 million pounds, according to a council report. "
                        + "Bus routes will change and drivers will use the ring road. "
                        + "Local shop owners said they feared losing trade while the bridge is closed."));
        m.put("orchard", List.of(
                "A community orchard opened on Saturday on the edge of Brindle Park. "
                        + "Volunteers planted forty apple and pear trees over the winter. "
                        + "The orchard will be open to everyone, and the fruit will be free to pick. "
                        + "Organiser Tomas Ferrell said the idea came from a meeting of neighbours two years ago. "
                        + "\"People wanted somewhere to grow food together,\" he said.",
                "Forty fruit trees now stand in Brindle Park after volunteers opened a community orchard. "
                        + "The trees were planted during the winter months by local residents. "
                        + "Anyone may pick the fruit once the trees bear it, the organisers said. "
                        + "The project was paid for by a small grant and by donations from neighbours. "
                        + "Tomas Ferrell, who led the work, thanked the volunteers at the opening."));
        m.put("library", List.of(
                "The public library on Harrow Street will stay open until nine in the evening from next week. "
                        + "Longer hours were the most common request in a survey of readers last autumn. "
                        + "The library will hire two more staff to cover the evenings. "
                        + "Its head librarian, Ines Vale, said students would benefit most from the change. "
                        + "The extra hours are funded for one year and will then be reviewed."));
        return m;
    }

    /** The clusters as dataset lines, with a malformed line, a cluster without documents and a blank line. */
    static List<String> lines() throws Exception {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : clusters().entrySet()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", e.getKey());
            line.put("documents", e.getValue());
            lines.add(JSON.writeValueAsString(line));
        }
        lines.add(1, "{\"id\": \"broken\", \"documents\": [\"an unfinished");
        lines.add("");
        lines.add("{\"id\": \"empty\", \"documents\": []}");
        return lines;
    }

    private Fixtures() {
    }
}

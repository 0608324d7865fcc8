package org.transferhub.ops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The harness at its smallest (one start of each server, one second per level, ten SPI calls)
 * produces a complete table and writes it: every row, operations at every level, balanced books.
 * It asserts no time: figures are for people to read, not for the build to judge.
 */
class BenchIT {

    @Test
    void theSmallestRunFillsEveryRowOfTheTableAndWritesIt() throws Exception {
        Path root = Path.of(System.getProperty("transferhub.root", "../.."))
                .toAbsolutePath()
                .normalize();
        Path work = Path.of("target/bench-it").toAbsolutePath();
        Path out = work.resolve("benchmarks.md");
        Bench.Options o = Bench.options(
                new String[] {
                    "--runs",
                    "1",
                    "--seconds",
                    "1",
                    "--warm-up",
                    "1",
                    "--region-warm-up",
                    "1",
                    "--calls",
                    "10",
                    "--port",
                    System.getProperty("it.port", "18540"),
                    "--work",
                    work.toString(),
                    "--out",
                    out.toString()
                },
                root);

        Bench.Results r = Bench.measure(o, root);

        assertEquals(1, r.hello().size());
        assertEquals(1, r.demo().size());
        assertTrue(r.hello().get(0).rssKb() > 0 && r.demo().get(0).rssKb() > 0, "memory is read from /proc");
        assertTrue(r.demoRssAfterLoadKb() > 0);
        assertEquals(2, r.databases().size(), "H2 and PostgreSQL");
        for (Bench.OnDatabase d : r.databases()) {
            assertEquals(3, d.raw().size(), d.database());
            assertEquals(3, d.http().size(), d.database());
            for (int i = 0; i < 3; i++) {
                assertEquals(d.raw().get(i).clients(), d.http().get(i).clients());
                assertTrue(d.raw().get(i).operations() > 0, d.database() + " raw, level " + i);
                assertTrue(d.http().get(i).operations() > 0, d.database() + " HTTP, level " + i);
                assertEquals(0, d.raw().get(i).failures(), d.raw().get(i).firstFailure());
                assertEquals(0, d.http().get(i).failures(), d.http().get(i).firstFailure());
            }
            assertTrue(d.rawBalanced(), d.database() + ": the raw books balance");
            assertTrue(d.audit().balanced(), d.database() + ": " + d.audit());
        }
        assertEquals(10, r.calls().getInt("calls"));

        String table = Report.tables(r);
        for (String row : new String[] {
            "| Start to first 200 |",
            "| Resident memory when ready |",
            "| Resident memory after the H2 load |",
            "| H2 2.2.224 | 1 |",
            "| H2 2.2.224 | 8 |",
            "| H2 2.2.224 | 32 |",
            "| Local (the implementation's CDI bean) |",
            "| REST client proxy, built once (the HTTP hop) |",
            "| of which the directory lookup |"
        }) {
            assertTrue(table.contains(row), row + " in\n" + table);
        }
        assertEquals(
                4,
                table.lines().filter(l -> l.startsWith("| PostgreSQL ")).count(),
                "three PostgreSQL levels and its audit row:\n" + table);
        Bench.write(r);
        String doc = Files.readString(out);
        for (String section : new String[] {"# Benchmarks", "## Machine", "## Method", "## Figures", "## Analysis"}) {
            assertTrue(doc.contains(section), section);
        }
    }
}

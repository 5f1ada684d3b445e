package org.policymonitor.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * Parses the seeds and the hand-written variants over and over for a fixed time after a warm-up, and compares
 * the rate with a baseline that only decodes the same bytes as UTF-8 and splits them into lines.
 * Run: {@code java -cp target/test-classes:target/classes org.policymonitor.importer.ImporterThroughputBenchmark [seconds]}
 */
public final class ImporterThroughputBenchmark {

    private static final List<String> DOCUMENTS = List.of(
            "/seeds/000_b7b0f3b7321af515.txt", "/seeds/001_dd720f746637563e.txt", "/seeds/002_6d3bcdde4541072f.txt",
            "/seeds/003_0b07f3f83ff46fe6.txt", "/seeds/004_a156a6976fc84737.txt",
            "/importer/french-headings.txt", "/importer/spanish-headings.txt", "/importer/mixed-headings.txt",
            "/importer/missing-title.txt", "/importer/partners-incomplete.txt", "/importer/mojibake.txt",
            "/importer/windows-1252.txt", "/importer/trailing-junk.txt", "/importer/legacy-2016-context.txt",
            "/importer/empty.txt", "/importer/binary.bin");
    private static final double TARGET_DOCS_PER_SECOND = 1_000;

    private ImporterThroughputBenchmark() {
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
        List<byte[]> contents = new ArrayList<>();
        long bytes = 0;
        for (String document : DOCUMENTS) {
            byte[] content = read(document);
            contents.add(content);
            bytes += content.length;
        }
        MeasureTextParser parser = new MeasureTextParser();
        ToIntFunction<byte[]> parse = content -> parser.parse("bench", content).report().issues().size();
        ToIntFunction<byte[]> decodeAndSplit = content ->
                new String(content, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1).length;

        System.out.printf(Locale.ROOT, "%d documents, %d bytes; warm-up %.1f s, measure %.1f s each%n",
                contents.size(), bytes, seconds / 2, seconds);
        run(contents, parse, seconds / 2);
        run(contents, decodeAndSplit, seconds / 2);
        double parserRate = run(contents, parse, seconds);
        double baselineRate = run(contents, decodeAndSplit, seconds);

        System.out.printf(Locale.ROOT, "parser:   %,12.0f docs/s  (%,.1f MB/s)%n",
                parserRate, parserRate * bytes / contents.size() / 1e6);
        System.out.printf(Locale.ROOT, "baseline: %,12.0f docs/s  (decode UTF-8 + split lines only)%n", baselineRate);
        System.out.printf(Locale.ROOT, "ratio:    parser runs at %.1f%% of the baseline (baseline %.1fx faster)%n",
                100 * parserRate / baselineRate, baselineRate / parserRate);
        System.out.printf(Locale.ROOT, "target:   %,.0f docs/s -> %s%n", TARGET_DOCS_PER_SECOND,
                parserRate >= TARGET_DOCS_PER_SECOND ? "met" : "NOT met");
    }

    private static byte[] read(String classpathResource) {
        try (InputStream in = ImporterThroughputBenchmark.class.getResourceAsStream(classpathResource)) {
            if (in == null) {
                throw new IllegalStateException(classpathResource + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double run(List<byte[]> contents, ToIntFunction<byte[]> work, double seconds) {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long documents = 0;
        long sink = 0;
        while (System.nanoTime() < deadline) {
            for (byte[] content : contents) {
                sink += work.applyAsInt(content);
            }
            documents += contents.size();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        if (sink == 42) {
            System.out.print("");
        }
        return documents / elapsed;
    }
}

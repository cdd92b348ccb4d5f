package dev.ixls.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.LinkedSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleIndexTest {

    @TempDir
    Path dir;

    private final IxLanguageService service = new IxLanguageService();

    private static String uri(Path p) {
        return p.toUri().toString();
    }

    @Test
    void scanFindsSamplesByContentNotByName() throws IOException {
        Files.writeString(dir.resolve("notes.ix"), Fixtures.read(Samples.SEED));
        Files.createDirectories(dir.resolve("aws"));
        Files.writeString(dir.resolve("aws/vpn-sample.txt"), "just prose, not a sample");
        Files.writeString(dir.resolve("aws/b.json"), Fixtures.read("aws/describe-vpn-connections-several.json"));
        Files.createDirectories(dir.resolve("node_modules"));
        Files.writeString(dir.resolve("node_modules/hidden.txt"), Fixtures.read("aws/cisco-ios-bgp.txt"));
        Files.writeString(dir.resolve("broken.txt"), Fixtures.read("aws/bad/cisco-missing-key.txt"));

        SampleIndex index = new SampleIndex();
        List<int[]> progress = new ArrayList<>();
        int found = index.scan(List.of(dir), SampleIndexTest::uri, (done, total) -> progress.add(new int[] {done, total}),
                () -> false);
        assertEquals(3, found, "the seed sample, the JSON and the broken one");
        assertFalse(progress.isEmpty());
        int[] last = progress.get(progress.size() - 1);
        assertEquals(last[1], last[0], "progress ends at the total");
        List<String> ids = index.all().stream().map(s -> s.sample().connectionId()).sorted().toList();
        assertEquals(List.of("vpn-05c4d3e2f1a0b9c88", "vpn-0a1b2c3d4e5f60718", "vpn-0e88bfbe4ce7ff72a"), ids);
        SampleIndex.Entry broken = index.entry(uri(dir.resolve("broken.txt"))).orElseThrow();
        assertNotNull(broken.problem());
        assertTrue(broken.samples().isEmpty());
    }

    @Test
    void configsLinkBySharedPeerAddress() throws IOException {
        Files.writeString(dir.resolve("seed.txt"), Fixtures.read(Samples.SEED));
        Files.writeString(dir.resolve("other.txt"), Fixtures.read("aws/cisco-ios-bgp.txt"));
        SampleIndex index = new SampleIndex();
        index.scan(List.of(dir), SampleIndexTest::uri, (d, t) -> { }, () -> false);
        var config = service.model(Fixtures.read("ix/seed-article.ix"));
        List<LinkedSample> linked = index.linkedTo(config);
        assertEquals(1, linked.size());
        assertEquals(uri(dir.resolve("seed.txt")), linked.get(0).location());
        assertTrue(index.linkedTo(service.model("hostname lonely\n")).isEmpty());
    }

    @Test
    void namedSamplesLinkToConfigsThatMatchNoOtherSampleAndTheEditorsTextWins() throws IOException {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, Fixtures.read("aws/cisco-ios-bgp.txt"));
        SampleIndex index = new SampleIndex();
        assertTrue(index.setExplicit(List.of(other, dir.resolve("missing.txt")), SampleIndexTest::uri).size() == 1);
        assertEquals(1, index.linkedTo(service.model("hostname lonely\n")).size(),
                "a config that shares no peer with any sample is compared with the named one");
        assertEquals(1, index.linkedTo(service.model(Fixtures.read("ix/seed-article.ix"))).size(),
                "the seed config, no seed sample known yet: the named one");

        String seedUri = uri(dir.resolve("seed.txt"));
        assertTrue(index.putOpen(seedUri, SampleIndex.read(seedUri, Fixtures.read(Samples.SEED), false)));
        assertFalse(index.putOpen(seedUri, SampleIndex.read(seedUri, Fixtures.read(Samples.SEED), false)),
                "the same samples again: nothing changed");
        // The seed config matches the seed sample by peer: the named sample of another VPN is not
        // forced onto it (it would say that VPN's two tunnels are missing, IX501).
        List<LinkedSample> linked = index.linkedTo(service.model(Fixtures.read("ix/seed-article.ix")));
        assertEquals(List.of(seedUri), linked.stream().map(LinkedSample::location).distinct().toList());
        assertTrue(index.closeOpen(seedUri));
        assertEquals(List.of(uri(other)), index.linkedTo(service.model(Fixtures.read("ix/seed-article.ix"))).stream()
                .map(LinkedSample::location).distinct().toList());
    }

    @Test
    void aRescanForgetsDeletedFilesAndWatchedChangesUpdate() throws IOException {
        Path seed = dir.resolve("seed.txt");
        Files.writeString(seed, Fixtures.read(Samples.SEED));
        SampleIndex index = new SampleIndex();
        index.scan(List.of(dir), SampleIndexTest::uri, (d, t) -> { }, () -> false);
        assertEquals(1, index.all().size());
        Files.delete(seed);
        index.scan(List.of(dir), SampleIndexTest::uri, (d, t) -> { }, () -> false);
        assertEquals(0, index.all().size());
        Files.writeString(seed, Fixtures.read(Samples.SEED));
        assertTrue(index.updateFile(uri(seed), seed));
        assertEquals(1, index.all().size());
        assertTrue(index.deleteFile(uri(seed)));
        assertFalse(index.updateFile(uri(dir.resolve("x.txt")), dir.resolve("x.txt")));
    }
}

package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.SampleLinks;
import dev.ixls.analysis.diagnose.ConfigSource;
import dev.ixls.analysis.diagnose.DiagnosisInput;
import dev.ixls.analysis.diagnose.Diagnoser;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.model.IxConfig;
import dev.ixls.transcript.IkeSa;
import dev.ixls.transcript.IpsecSa;
import dev.ixls.transcript.RunningConfig;
import dev.ixls.transcript.ShowTranscript;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Diagnoses a transcript of router output for the CLI and the language server: parses the
 * config (a file beside the transcript, else the transcript's own {@code show running-config}),
 * picks the AWS samples for the peers, gathers every key so none is printed, and runs the
 * analysis layer's {@link Diagnoser}.
 */
public final class TranscriptDiagnoses {

    private TranscriptDiagnoses() {
    }

    /** A config file given beside the transcript. */
    public record ConfigFile(String location, String text) {
    }

    /**
     * @param configFile null to use the transcript's own running config, if it has one
     * @param samplesForPeers the AWS samples to join, given the IKE peers of the config and transcript
     */
    public static TranscriptDiagnosis diagnose(IxLanguageService service, String location, String text,
            ConfigFile configFile, Function<Set<String>, List<LinkedSample>> samplesForPeers) {
        return diagnose(service, location, ShowTranscript.read(text), configFile, samplesForPeers);
    }

    public static TranscriptDiagnosis diagnose(IxLanguageService service, String location, ShowTranscript transcript,
            ConfigFile configFile, Function<Set<String>, List<LinkedSample>> samplesForPeers) {
        ConfigSource source = null;
        for (RunningConfig rc : transcript.configs()) {
            IxConfig embedded = service.model(rc.text());
            source = new ConfigSource(embedded, location, rc); // the last one shown is the newest
        }
        if (configFile != null) {
            IxConfig file = service.model(configFile.text());
            source = new ConfigSource(file, configFile.location(), null);
        }
        Set<String> peers = new LinkedHashSet<>();
        if (source != null) {
            peers.addAll(SampleLinks.peersOf(source.config()));
        }
        peers.addAll(peersOf(transcript));
        List<LinkedSample> samples = List.copyOf(samplesForPeers.apply(peers));
        return Diagnoser.diagnose(new DiagnosisInput(transcript, location, source, samples, service.catalog()));
    }

    /** The IKE peers a transcript names (its IKE and IPsec SAs' remote addresses). */
    public static Set<String> peersOf(ShowTranscript transcript) {
        Set<String> peers = new LinkedHashSet<>();
        transcript.ikeSas().stream().map(IkeSa::remoteAddress).forEach(peers::add);
        transcript.ipsecSas().stream().map(IpsecSa::remoteAddress).forEach(peers::add);
        transcript.ikev2().forEach(m -> peers.add(m.address()));
        return peers;
    }

    /** The samples among {@code candidates} that have a tunnel to one of the peers. */
    public static List<LinkedSample> samplesFor(Set<String> peers, List<LinkedSample> candidates) {
        return candidates.stream()
                .filter(s -> s.sample().tunnels().stream().anyMatch(t -> peers.contains(t.awsOutsideAddress())))
                .toList();
    }
}

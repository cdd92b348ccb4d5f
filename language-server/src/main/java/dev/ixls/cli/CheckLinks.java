package dev.ixls.cli;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsSample;
import dev.ixls.model.IxConfig;
import dev.ixls.service.SampleIndex;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Which AWS samples {@code ixls check} compares each config with, decided by the same
 * {@link SampleIndex} the language server links through: the samples named ({@code --aws-sample},
 * {@code .ixls.json}'s {@code awsSamples}) link to the configs that share a peer with them and
 * to every config that matches no other sample; those among the paths checked and those saved
 * beside a config link to the configs that share a peer with them.
 */
final class CheckLinks {

    private final SampleIndex index = new SampleIndex();

    /** A sample named on the command line or in the settings, already read. */
    void named(Path file, String text, List<AwsSample> samples) {
        index.addExplicit(new SampleIndex.Entry(CheckCommand.display(file), samples, null, true, text));
    }

    /**
     * A file among the paths checked, read as a sample when its content says it is one.
     *
     * @return its entry (with a problem when it could not be read), or empty when it is no sample
     */
    Optional<SampleIndex.Entry> input(Path file, String text) {
        Optional<SampleIndex.Entry> entry = SampleIndex.read(CheckCommand.display(file), text, false);
        entry.ifPresent(index::putFile);
        return entry;
    }

    /** A config to check: the samples in its own folder count too (relative paths included). */
    void config(Path file) {
        index.indexBeside(file, CheckCommand::display);
    }

    List<LinkedSample> linkedTo(IxConfig config) {
        return index.linkedTo(config);
    }
}

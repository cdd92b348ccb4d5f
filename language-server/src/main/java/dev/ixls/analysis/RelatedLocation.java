package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.syntax.Range;

/**
 * Another place that explains a finding, e.g. the line of the AWS sample the expected value
 * comes from.
 *
 * @param location a URI or path of the other document; null for the checked document itself
 */
public record RelatedLocation(String location, Range range, LocalizedText message) {
}

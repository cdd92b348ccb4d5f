package dev.ixls.service;

import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import java.util.ArrayList;
import java.util.List;

/** Folding ranges: every block, and runs of comment lines. */
public final class Folding {

    public enum Kind {
        REGION,
        COMMENT
    }

    public record Fold(int startLine, int endLine, Kind kind) {
    }

    private Folding() {
    }

    public static List<Fold> of(ParsedConfig parsed) {
        List<Fold> out = new ArrayList<>();
        for (Statement s : parsed.statements()) {
            if (!s.children().isEmpty()) {
                int end = DocumentSymbols.lastLine(s);
                if (end > s.line().index()) {
                    out.add(new Fold(s.line().index(), end, Kind.REGION));
                }
            }
        }
        int runStart = -1;
        List<ConfigLine> lines = parsed.lines();
        for (int i = 0; i <= lines.size(); i++) {
            boolean comment = i < lines.size() && lines.get(i).kind() == LineKind.COMMENT;
            if (comment && runStart < 0) {
                runStart = i;
            } else if (!comment && runStart >= 0) {
                if (i - 1 > runStart) {
                    out.add(new Fold(runStart, i - 1, Kind.COMMENT));
                }
                runStart = -1;
            }
        }
        out.sort((a, b) -> Integer.compare(a.startLine(), b.startLine()));
        return out;
    }
}

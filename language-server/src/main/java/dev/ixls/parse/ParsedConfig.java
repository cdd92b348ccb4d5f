package dev.ixls.parse;

import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.SourceText;
import java.util.List;

/**
 * An IX config split into lines and placed into blocks.
 *
 * @param statements every command line, in file order
 * @param roots the top-level statements; block members hang below their opener
 * @param depths for each line, how many blocks deep it stands (openers at their own level)
 */
public record ParsedConfig(SourceText source, List<ConfigLine> lines, List<Statement> statements,
        List<Statement> roots, int[] depths, int unknownStatements) {

    /**
     * Whether the text reads as an IX config at all: enough of its command lines are commands
     * the catalog knows. A few unknown lines are normal; a file of nothing but is something else.
     */
    public boolean looksLikeIxConfig() {
        if (statements.size() < 4) {
            return true;
        }
        long known = statements.size() - unknownStatements;
        return known * 4 >= statements.size();
    }

    /** The statement on a line, or null for comments, blank lines and the like. */
    public Statement statementAt(int line) {
        int lo = 0;
        int hi = statements.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int l = statements.get(mid).line().index();
            if (l == line) {
                return statements.get(mid);
            }
            if (l < line) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }
}

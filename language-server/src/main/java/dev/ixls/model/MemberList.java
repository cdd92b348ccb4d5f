package dev.ixls.model;

import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The member lines of an interface, with the command id of each usable member kept beside it.
 * Rules ask an interface for its member of a command many times per tunnel; the ids let that
 * lookup compare a few strings in one array instead of walking every member's match.
 */
final class MemberList extends AbstractList<Statement> implements RandomAccess {

    private final List<Statement> members;
    /** For each member: its command id when it is in its block and not negated, else null. */
    private final String[] usableIds;

    MemberList(List<Statement> members) {
        this.members = members;
        this.usableIds = new String[members.size()];
        for (int i = 0; i < usableIds.length; i++) {
            Statement m = members.get(i);
            // The lines Interface.member has always accepted: s.is(id) && !s.negated().
            if (m.placement() == Placement.IN_BLOCK && m.match() != null && !m.negated()) {
                usableIds[i] = m.match().command().id();
            }
        }
    }

    /** The first usable member of a command, or null. */
    Statement first(String commandId) {
        if (commandId == null) {
            return null;
        }
        int hash = commandId.hashCode();
        for (int i = 0; i < usableIds.length; i++) {
            String id = usableIds[i];
            // String hashes are cached, so most misses cost one int comparison.
            if (id != null && (id == commandId || id.hashCode() == hash && id.equals(commandId))) {
                return members.get(i);
            }
        }
        return null;
    }

    @Override
    public Statement get(int index) {
        return members.get(index);
    }

    @Override
    public int size() {
        return usableIds.length;
    }
}

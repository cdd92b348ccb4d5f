package dev.ixls;

import java.util.Random;

/**
 * The budget of the fuzz suite (the tests tagged {@code fuzz}, see docs/fuzzing.md). Every case
 * comes from a seeded {@link Random}, so a failure is reproduced by its seed and case number. The
 * brief run (every {@code mvn verify}) runs a fixed number of cases per area; a long run, asked
 * with {@code -Dixls.fuzz.seconds=N}, runs each area for N seconds; {@code -Dixls.fuzz.cases=N} runs
 * N cases per area (to replay a failure: its case number plus one), and {@code -Dixls.fuzz.seed=S}
 * starts elsewhere.
 */
public final class Fuzz {

    private Fuzz() {
    }

    public static long seed() {
        return Long.getLong("ixls.fuzz.seed", 13);
    }

    /** Seconds per area for a long run; 0 for the brief run. */
    public static long seconds() {
        return Long.getLong("ixls.fuzz.seconds", 0);
    }

    /** A loop over the cases of one area. */
    public static Loop loop(String area, int briefCases) {
        return new Loop(area, briefCases);
    }

    public static final class Loop {
        private final String area;
        private final int briefCases;
        private final long deadline;
        private final Random random;
        private int index = -1;

        Loop(String area, int briefCases) {
            this.area = area;
            this.briefCases = Integer.getInteger("ixls.fuzz.cases", briefCases);
            long s = seconds();
            this.deadline = s <= 0 ? 0 : System.nanoTime() + s * 1_000_000_000L;
            this.random = new Random(seed() * 31 + area.hashCode());
        }

        /** Whether there is another case to run. */
        public boolean next() {
            index++;
            return deadline == 0 ? index < briefCases : System.nanoTime() < deadline;
        }

        /** This area's random source: one sequence per seed and area. */
        public Random random() {
            return random;
        }

        /** How many cases ran. */
        public int cases() {
            return index;
        }

        /** The case's name in failure messages, enough to reproduce it. */
        public String where() {
            return area + " case " + index + " (seed " + seed() + ")";
        }
    }
}

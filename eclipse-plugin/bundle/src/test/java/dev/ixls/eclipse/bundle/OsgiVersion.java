package dev.ixls.eclipse.bundle;

/** An OSGi version (major.minor.micro, the qualifier ignored) and version ranges. */
record OsgiVersion(int major, int minor, int micro) implements Comparable<OsgiVersion> {

    static OsgiVersion parse(String text) {
        String[] parts = text.strip().split("\\.");
        return new OsgiVersion(Integer.parseInt(parts[0]), parts.length > 1 ? Integer.parseInt(parts[1]) : 0,
                parts.length > 2 ? Integer.parseInt(parts[2]) : 0);
    }

    @Override
    public int compareTo(OsgiVersion o) {
        if (major != o.major) {
            return Integer.compare(major, o.major);
        }
        if (minor != o.minor) {
            return Integer.compare(minor, o.minor);
        }
        return Integer.compare(micro, o.micro);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + micro;
    }

    /** {@code [1.2.3,2.0.0)} and the like; a plain version means "at least". */
    record Range(OsgiVersion floor, boolean floorIncluded, OsgiVersion ceiling, boolean ceilingIncluded) {

        static Range parse(String text) {
            String t = text.strip();
            if (!t.startsWith("[") && !t.startsWith("(")) {
                return new Range(OsgiVersion.parse(t), true, null, false);
            }
            String[] ends = t.substring(1, t.length() - 1).split(",");
            return new Range(OsgiVersion.parse(ends[0]), t.startsWith("["), OsgiVersion.parse(ends[1]),
                    t.endsWith("]"));
        }

        boolean includes(OsgiVersion v) {
            int low = v.compareTo(floor);
            if (low < 0 || (low == 0 && !floorIncluded)) {
                return false;
            }
            if (ceiling == null) {
                return true;
            }
            int high = v.compareTo(ceiling);
            return high < 0 || (high == 0 && ceilingIncluded);
        }
    }
}

package dev.ixls.eclipse.bundle;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a class file refers to, read from its constant pool: class entries, and the types
 * in descriptors and generic signatures (the same references the JVM links through the bundle's
 * class loader).
 */
final class ClassReferences {

    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)+)[;<]");

    private ClassReferences() {
    }

    record ClassInfo(int majorVersion, Set<String> packages) {
    }

    static ClassInfo read(byte[] classFile) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort(); // minor
        int major = in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        int[] classNameIndex = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7 -> classNameIndex[i] = in.readUnsignedShort();
                case 8, 16, 19, 20 -> in.readUnsignedShort();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 9, 10, 11, 12, 17, 18 -> in.readInt();
                case 15 -> {
                    in.readUnsignedByte();
                    in.readUnsignedShort();
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        Set<String> packages = new TreeSet<>();
        for (int i = 1; i < count; i++) {
            if (classNameIndex[i] != 0) {
                String name = utf8[classNameIndex[i]];
                if (name.startsWith("[")) {
                    addDescriptorTypes(name, packages);
                } else {
                    addClass(name, packages);
                }
            } else if (utf8[i] != null && (utf8[i].startsWith("(") || utf8[i].startsWith("L")
                    || utf8[i].startsWith("[") || utf8[i].startsWith("<"))) {
                addDescriptorTypes(utf8[i], packages);
            }
        }
        return new ClassInfo(major, packages);
    }

    private static void addDescriptorTypes(String descriptor, Set<String> packages) {
        Matcher m = TYPE_IN_DESCRIPTOR.matcher(descriptor);
        while (m.find()) {
            addClass(m.group(1), packages);
        }
    }

    private static void addClass(String internalName, Set<String> packages) {
        int slash = internalName.lastIndexOf('/');
        if (slash > 0) {
            packages.add(internalName.substring(0, slash).replace('/', '.'));
        }
    }
}

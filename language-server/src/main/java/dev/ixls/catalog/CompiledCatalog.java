package dev.ixls.catalog;

import dev.ixls.i18n.LocalizedText;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command catalog compiled at build time: {@code commands.json} stays the one source, and the
 * build ({@code mvn process-classes}, see language-server/pom.xml) writes {@code commands.bin}
 * beside it: the same contexts, kinds and commands with their syntax already compiled, in a
 * compact binary form read at start-up without a JSON parser or the syntax compiler.
 * {@code CompiledCatalogTest} holds the two to the same catalog.
 */
public final class CompiledCatalog {

    /** Where the build puts it, beside the JSON. */
    static final String RESOURCE = "/dev/ixls/catalog/commands.bin";
    private static final int MAGIC = 0x49584343; // "IXCC"
    /** Raised whenever the layout below changes. */
    private static final int FORMAT = 1;

    private CompiledCatalog() {
    }

    /** {@code CompiledCatalog commands.json commands.bin}: run by the build. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompiledCatalog COMMANDS_JSON OUTPUT_BIN");
        }
        CommandCatalog catalog;
        try (InputStreamReader in = new InputStreamReader(Files.newInputStream(Path.of(args[0])),
                StandardCharsets.UTF_8)) {
            catalog = CommandCatalog.parse(in);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            write(catalog, o);
        }
    }

    /** The compiled form of a catalog. */
    public static void write(CommandCatalog catalog, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(out));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        d.writeInt(catalog.contexts().size());
        for (Map.Entry<String, LocalizedText> e : catalog.contexts().entrySet()) {
            d.writeUTF(e.getKey());
            text(d, e.getValue());
        }
        d.writeInt(catalog.kinds().size());
        for (StructureKind k : catalog.kinds().values()) {
            d.writeUTF(k.id());
            text(d, k.label());
            d.writeBoolean(k.reportUnused());
            strings(d, k.builtIn());
        }
        d.writeInt(catalog.commands().size());
        for (CommandSpec c : catalog.commands()) {
            d.writeUTF(c.id());
            d.writeUTF(c.syntax());
            sequence(d, c.elements());
            strings(d, c.contexts());
            d.writeBoolean(c.opens() != null);
            if (c.opens() != null) {
                d.writeUTF(c.opens());
            }
            text(d, c.doc());
            d.writeBoolean(c.closed());
            strings(d, c.seen());
        }
        d.flush();
    }

    /** Reads a catalog written by {@link #write}; the catalog's own checks run again. */
    static CommandCatalog read(InputStream in) throws IOException {
        DataInputStream d = new DataInputStream(new java.io.BufferedInputStream(in, 1 << 16));
        if (d.readInt() != MAGIC || d.readInt() != FORMAT) {
            throw new IOException("not a compiled command catalog of this version");
        }
        int n = d.readInt();
        Map<String, LocalizedText> contexts = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            contexts.put(d.readUTF(), text(d));
        }
        n = d.readInt();
        Map<String, StructureKind> kinds = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String id = d.readUTF();
            kinds.put(id, new StructureKind(id, text(d), d.readBoolean(), strings(d)));
        }
        n = d.readInt();
        List<CommandSpec> commands = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = d.readUTF();
            String syntax = d.readUTF();
            List<Element> elements = sequence(d);
            List<String> ctx = strings(d);
            String opens = d.readBoolean() ? d.readUTF() : null;
            LocalizedText doc = text(d);
            boolean closed = d.readBoolean();
            commands.add(CommandSpec.of(id, syntax, elements, ctx, opens, doc, closed, strings(d)));
        }
        return CommandCatalog.of(commands, contexts, kinds);
    }

    // Elements: a tag, then the fields.
    private static final int LITERAL = 0;
    private static final int ARG = 1;
    private static final int OPTIONAL = 2;
    private static final int CHOICE = 3;
    private static final int REPEAT = 4;

    // Argument types.
    private static final int IPV4 = 0;
    private static final int PREFIX = 1;
    private static final int INT = 2;
    private static final int ANY_WORD = 3;
    private static final int TEXT = 4;
    private static final int SECRET = 5;
    private static final int DEF = 6;
    private static final int REF = 7;
    private static final int KEYWORD = 8;

    private static void sequence(DataOutputStream d, List<Element> elements) throws IOException {
        d.writeShort(elements.size());
        for (Element e : elements) {
            element(d, e);
        }
    }

    private static void element(DataOutputStream d, Element e) throws IOException {
        if (e instanceof Element.Literal l) {
            d.writeByte(LITERAL);
            d.writeUTF(l.word());
        } else if (e instanceof Element.Arg a) {
            d.writeByte(ARG);
            d.writeUTF(a.name());
            type(d, a.type());
        } else if (e instanceof Element.Optional o) {
            d.writeByte(OPTIONAL);
            sequence(d, o.sequence());
        } else if (e instanceof Element.Choice c) {
            d.writeByte(CHOICE);
            d.writeShort(c.alternatives().size());
            for (List<Element> alt : c.alternatives()) {
                sequence(d, alt);
            }
        } else {
            d.writeByte(REPEAT);
            element(d, ((Element.Repeat) e).element());
        }
    }

    private static List<Element> sequence(DataInputStream d) throws IOException {
        int n = d.readShort();
        List<Element> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(element(d));
        }
        return List.copyOf(out);
    }

    private static Element element(DataInputStream d) throws IOException {
        int tag = d.readByte();
        switch (tag) {
            case LITERAL:
                return new Element.Literal(d.readUTF());
            case ARG:
                // Interned as the syntax compiler does: lookups by name then usually succeed on identity.
                return new Element.Arg(d.readUTF().intern(), type(d));
            case OPTIONAL:
                return new Element.Optional(sequence(d));
            case CHOICE:
                int n = d.readShort();
                List<List<Element>> alternatives = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    alternatives.add(sequence(d));
                }
                return new Element.Choice(List.copyOf(alternatives));
            case REPEAT:
                return new Element.Repeat(element(d));
            default:
                throw new IOException("unknown element tag " + tag);
        }
    }

    private static void type(DataOutputStream d, ArgType t) throws IOException {
        if (t instanceof ArgType.Ipv4) {
            d.writeByte(IPV4);
        } else if (t instanceof ArgType.Prefix) {
            d.writeByte(PREFIX);
        } else if (t instanceof ArgType.Int i) {
            d.writeByte(INT);
            d.writeLong(i.min());
            d.writeLong(i.max());
        } else if (t instanceof ArgType.AnyWord) {
            d.writeByte(ANY_WORD);
        } else if (t instanceof ArgType.Text) {
            d.writeByte(TEXT);
        } else if (t instanceof ArgType.Secret) {
            d.writeByte(SECRET);
        } else if (t instanceof ArgType.Def def) {
            d.writeByte(DEF);
            d.writeUTF(def.kind());
            d.writeBoolean(def.multiLine());
        } else if (t instanceof ArgType.Ref ref) {
            d.writeByte(REF);
            strings(d, ref.kinds());
            d.writeBoolean(ref.list());
        } else {
            ArgType.Keyword k = (ArgType.Keyword) t;
            d.writeByte(KEYWORD);
            strings(d, k.values());
            d.writeBoolean(k.closed());
        }
    }

    private static ArgType type(DataInputStream d) throws IOException {
        int tag = d.readByte();
        switch (tag) {
            case IPV4:
                return new ArgType.Ipv4();
            case PREFIX:
                return new ArgType.Prefix();
            case INT:
                return new ArgType.Int(d.readLong(), d.readLong());
            case ANY_WORD:
                return new ArgType.AnyWord();
            case TEXT:
                return new ArgType.Text();
            case SECRET:
                return new ArgType.Secret();
            case DEF:
                return new ArgType.Def(d.readUTF(), d.readBoolean());
            case REF:
                return new ArgType.Ref(strings(d), d.readBoolean());
            case KEYWORD:
                return new ArgType.Keyword(strings(d), d.readBoolean());
            default:
                throw new IOException("unknown argument type tag " + tag);
        }
    }

    private static void text(DataOutputStream d, LocalizedText t) throws IOException {
        d.writeUTF(t.get(dev.ixls.i18n.Language.EN));
        d.writeUTF(t.get(dev.ixls.i18n.Language.JA));
    }

    private static LocalizedText text(DataInputStream d) throws IOException {
        return LocalizedText.of(d.readUTF(), d.readUTF());
    }

    private static void strings(DataOutputStream d, List<String> values) throws IOException {
        d.writeShort(values.size());
        for (String v : values) {
            d.writeUTF(v);
        }
    }

    private static List<String> strings(DataInputStream d) throws IOException {
        int n = d.readShort();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.readUTF());
        }
        return List.copyOf(out);
    }
}

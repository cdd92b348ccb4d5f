package dev.ixls.catalog;

import dev.ixls.i18n.LocalizedText;
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
    private static final int FORMAT = 2;

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

    /**
     * The compiled form of a catalog: every distinct string once, in one UTF-8 block decoded in one
     * call at start-up, then the structure as indexes into that table.
     */
    public static void write(CommandCatalog catalog, OutputStream out) throws IOException {
        java.io.ByteArrayOutputStream structure = new java.io.ByteArrayOutputStream();
        Writer w = new Writer(new DataOutputStream(structure));
        w.count(catalog.contexts().size());
        for (Map.Entry<String, LocalizedText> e : catalog.contexts().entrySet()) {
            w.string(e.getKey());
            w.text(e.getValue());
        }
        w.count(catalog.kinds().size());
        for (StructureKind k : catalog.kinds().values()) {
            w.string(k.id());
            w.text(k.label());
            w.d.writeBoolean(k.reportUnused());
            w.strings(k.builtIn());
        }
        w.count(catalog.commands().size());
        for (CommandSpec c : catalog.commands()) {
            w.string(c.id());
            w.string(c.syntax());
            w.sequence(c.elements());
            w.strings(c.contexts());
            w.d.writeBoolean(c.opens() != null);
            if (c.opens() != null) {
                w.string(c.opens());
            }
            w.text(c.doc());
            w.d.writeBoolean(c.closed());
            w.strings(c.seen());
        }
        w.d.flush();
        DataOutputStream d = new DataOutputStream(new java.io.BufferedOutputStream(out));
        d.writeInt(MAGIC);
        d.writeInt(FORMAT);
        StringBuilder all = new StringBuilder();
        d.writeInt(w.table.size());
        for (String s : w.table.keySet()) {
            all.append(s);
            d.writeInt(all.length());
        }
        byte[] utf8 = all.toString().getBytes(StandardCharsets.UTF_8);
        d.writeInt(utf8.length);
        d.write(utf8);
        structure.writeTo(d);
        d.flush();
    }

    /** Reads a catalog written by {@link #write}; the catalog's own checks run again. */
    static CommandCatalog read(InputStream in) throws IOException {
        Reader r = new Reader(java.nio.ByteBuffer.wrap(in.readAllBytes()));
        try {
            if (r.b.getInt() != MAGIC || r.b.getInt() != FORMAT) {
                throw new IOException("not a compiled command catalog of this version");
            }
            r.readTable();
            int n = r.b.getInt();
            Map<String, LocalizedText> contexts = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                contexts.put(r.string(), r.text());
            }
            n = r.b.getInt();
            Map<String, StructureKind> kinds = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                String id = r.string();
                kinds.put(id, new StructureKind(id, r.text(), r.b.get() != 0, r.strings()));
            }
            n = r.b.getInt();
            List<CommandSpec> commands = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = r.string();
                String syntax = r.string();
                List<Element> elements = r.sequence();
                List<String> ctx = r.strings();
                String opens = r.b.get() != 0 ? r.string() : null;
                LocalizedText doc = r.text();
                boolean closed = r.b.get() != 0;
                commands.add(CommandSpec.of(id, syntax, elements, ctx, opens, doc, closed, r.strings()));
            }
            return CommandCatalog.of(commands, contexts, kinds);
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException("a compiled command catalog cut short or damaged", e);
        }
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

    /** Writes the structure; strings become indexes into the table it collects. */
    private static final class Writer {
        final DataOutputStream d;
        final Map<String, Integer> table = new LinkedHashMap<>();

        Writer(DataOutputStream d) {
            this.d = d;
        }

        void count(int n) throws IOException {
            d.writeInt(n);
        }

        void string(String s) throws IOException {
            Integer index = table.get(s);
            if (index == null) {
                index = table.size();
                if (index > 0xffff) {
                    throw new IllegalStateException("more distinct strings than the compiled form indexes");
                }
                table.put(s, index);
            }
            d.writeShort(index);
        }

        void strings(List<String> values) throws IOException {
            d.writeShort(values.size());
            for (String v : values) {
                string(v);
            }
        }

        void text(LocalizedText t) throws IOException {
            string(t.get(dev.ixls.i18n.Language.EN));
            string(t.get(dev.ixls.i18n.Language.JA));
        }

        void sequence(List<Element> elements) throws IOException {
            d.writeShort(elements.size());
            for (Element e : elements) {
                element(e);
            }
        }

        void element(Element e) throws IOException {
            if (e instanceof Element.Literal l) {
                d.writeByte(LITERAL);
                string(l.word());
            } else if (e instanceof Element.Arg a) {
                d.writeByte(ARG);
                string(a.name());
                type(a.type());
            } else if (e instanceof Element.Optional o) {
                d.writeByte(OPTIONAL);
                sequence(o.sequence());
            } else if (e instanceof Element.Choice c) {
                d.writeByte(CHOICE);
                d.writeShort(c.alternatives().size());
                for (List<Element> alt : c.alternatives()) {
                    sequence(alt);
                }
            } else {
                d.writeByte(REPEAT);
                element(((Element.Repeat) e).element());
            }
        }

        void type(ArgType t) throws IOException {
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
                string(def.kind());
                d.writeBoolean(def.multiLine());
            } else if (t instanceof ArgType.Ref ref) {
                d.writeByte(REF);
                strings(ref.kinds());
                d.writeBoolean(ref.list());
            } else {
                ArgType.Keyword k = (ArgType.Keyword) t;
                d.writeByte(KEYWORD);
                strings(k.values());
                d.writeBoolean(k.closed());
            }
        }
    }

    /** Reads what {@link Writer} wrote. */
    private static final class Reader {
        final java.nio.ByteBuffer b;
        String[] table;

        Reader(java.nio.ByteBuffer b) {
            this.b = b;
        }

        void readTable() {
            int n = b.getInt();
            int[] ends = new int[n];
            for (int i = 0; i < n; i++) {
                ends[i] = b.getInt();
            }
            int length = b.getInt();
            String all = new String(b.array(), b.position(), length, StandardCharsets.UTF_8);
            b.position(b.position() + length);
            table = new String[n];
            int start = 0;
            for (int i = 0; i < n; i++) {
                table[i] = all.substring(start, ends[i]);
                start = ends[i];
            }
        }

        String string() {
            return table[b.getShort() & 0xffff];
        }

        List<String> strings() {
            int n = b.getShort();
            String[] out = new String[n];
            for (int i = 0; i < n; i++) {
                out[i] = string();
            }
            return List.of(out);
        }

        LocalizedText text() {
            return LocalizedText.of(string(), string());
        }

        List<Element> sequence() throws IOException {
            int n = b.getShort();
            Element[] out = new Element[n];
            for (int i = 0; i < n; i++) {
                out[i] = element();
            }
            return List.of(out);
        }

        Element element() throws IOException {
            int tag = b.get();
            switch (tag) {
                case LITERAL:
                    return new Element.Literal(string());
                case ARG:
                    // Interned as the syntax compiler does: lookups by name then usually succeed on identity.
                    return new Element.Arg(string().intern(), type());
                case OPTIONAL:
                    return new Element.Optional(sequence());
                case CHOICE:
                    int n = b.getShort();
                    List<Element>[] alternatives = newLists(n);
                    for (int i = 0; i < n; i++) {
                        alternatives[i] = sequence();
                    }
                    return new Element.Choice(List.of(alternatives));
                case REPEAT:
                    return new Element.Repeat(element());
                default:
                    throw new IOException("unknown element tag " + tag);
            }
        }

        @SuppressWarnings("unchecked")
        private static List<Element>[] newLists(int n) {
            return new List[n];
        }

        ArgType type() throws IOException {
            int tag = b.get();
            switch (tag) {
                case IPV4:
                    return new ArgType.Ipv4();
                case PREFIX:
                    return new ArgType.Prefix();
                case INT:
                    return new ArgType.Int(b.getLong(), b.getLong());
                case ANY_WORD:
                    return new ArgType.AnyWord();
                case TEXT:
                    return new ArgType.Text();
                case SECRET:
                    return new ArgType.Secret();
                case DEF:
                    return new ArgType.Def(string(), b.get() != 0);
                case REF:
                    return new ArgType.Ref(strings(), b.get() != 0);
                case KEYWORD:
                    return new ArgType.Keyword(strings(), b.get() != 0);
                default:
                    throw new IOException("unknown argument type tag " + tag);
            }
        }
    }
}

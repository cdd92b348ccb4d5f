package dev.ixls.catalog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.ixls.i18n.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The IX command catalog, read from {@code commands.json}: the one source of truth that drives
 * validation, completion and hover.
 */
public final class CommandCatalog {

    private static final String RESOURCE = "/dev/ixls/catalog/commands.json";
    private static volatile CommandCatalog standard;

    private final List<CommandSpec> commands;
    private final Map<String, List<CommandSpec>> byFirstWord;
    private final Map<String, CommandSpec> byId;
    private final Map<String, LocalizedText> contexts;
    private final Map<String, StructureKind> kinds;

    private CommandCatalog(List<CommandSpec> commands, Map<String, LocalizedText> contexts,
            Map<String, StructureKind> kinds) {
        this.commands = List.copyOf(commands);
        this.contexts = Collections.unmodifiableMap(contexts);
        this.kinds = Collections.unmodifiableMap(kinds);
        Map<String, List<CommandSpec>> index = new HashMap<>();
        Map<String, CommandSpec> ids = new HashMap<>();
        for (CommandSpec c : commands) {
            for (String first : c.firstWords()) {
                index.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
            }
            if (ids.put(c.id(), c) != null) {
                throw new IllegalStateException("duplicate command id in catalog: " + c.id());
            }
            for (String context : c.contexts()) {
                if (!contexts.containsKey(context)) {
                    throw new IllegalStateException("command " + c.id() + " names unknown context " + context);
                }
            }
            if (c.opens() != null && !contexts.containsKey(c.opens())) {
                throw new IllegalStateException("command " + c.id() + " opens unknown context " + c.opens());
            }
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = index;
        this.byId = ids;
    }

    /** The catalog shipped with ixls, loaded once. */
    public static CommandCatalog standard() {
        CommandCatalog c = standard;
        if (c == null) {
            synchronized (CommandCatalog.class) {
                c = standard;
                if (c == null) {
                    c = load();
                    standard = c;
                }
            }
        }
        return c;
    }

    /**
     * The form compiled at build time ({@link CompiledCatalog}), without JSON parsing; the JSON
     * itself only where the build step did not run (classes compiled by an IDE).
     */
    private static CommandCatalog load() {
        try (InputStream compiled = CommandCatalog.class.getResourceAsStream(CompiledCatalog.RESOURCE)) {
            if (compiled != null) {
                return CompiledCatalog.read(compiled);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (InputStream in = CommandCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("command catalog missing from the jar: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A catalog of these parts, checked as {@link #parse} checks them (ids, contexts, kinds). */
    static CommandCatalog of(List<CommandSpec> commands, Map<String, LocalizedText> contexts,
            Map<String, StructureKind> kinds) {
        for (CommandSpec c : commands) {
            checkKinds(c.elements(), kinds, c.id());
        }
        return new CommandCatalog(commands, contexts, kinds);
    }

    static CommandCatalog parse(java.io.Reader reader) {
        JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
        Map<String, LocalizedText> contexts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("contexts").entrySet()) {
            contexts.put(e.getKey(), text(e.getValue().getAsJsonObject()));
        }
        Map<String, StructureKind> kinds = new LinkedHashMap<>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("kinds").entrySet()) {
            JsonObject k = e.getValue().getAsJsonObject();
            List<String> builtIn = new ArrayList<>();
            if (k.has("builtIn")) {
                k.getAsJsonArray("builtIn").forEach(x -> builtIn.add(x.getAsString()));
            }
            kinds.put(e.getKey(), new StructureKind(e.getKey(), text(k), k.get("unused").getAsBoolean(),
                    List.copyOf(builtIn)));
        }
        List<CommandSpec> commands = new ArrayList<>();
        for (JsonElement el : root.getAsJsonArray("commands")) {
            JsonObject c = el.getAsJsonObject();
            String syntax = c.get("syntax").getAsString();
            List<String> ctx = new ArrayList<>();
            c.getAsJsonArray("contexts").forEach(x -> ctx.add(x.getAsString()));
            String opens = c.has("opens") ? c.get("opens").getAsString() : null;
            boolean closed = c.has("closed") && c.get("closed").getAsBoolean();
            List<String> seen = new ArrayList<>();
            if (c.has("seen")) {
                c.getAsJsonArray("seen").forEach(x -> seen.add(x.getAsString()));
            }
            if (closed && seen.isEmpty()) {
                throw new IllegalStateException("command " + c.get("id").getAsString()
                        + " is closed but says nowhere where its forms were seen");
            }
            commands.add(CommandSpec.of(c.get("id").getAsString(), syntax, SyntaxCompiler.compile(syntax),
                    List.copyOf(ctx), opens, text(c.getAsJsonObject("doc")), closed, seen));
        }
        java.util.Set<String> sources = root.has("sources") ? root.getAsJsonObject("sources").keySet() : java.util.Set.of();
        for (CommandSpec c : commands) {
            checkKinds(c.elements(), kinds, c.id());
            for (String source : c.seen()) {
                if (!sources.contains(source)) {
                    throw new IllegalStateException("command " + c.id() + " names unknown source " + source);
                }
            }
        }
        return new CommandCatalog(commands, contexts, kinds);
    }

    private static void checkKinds(List<Element> elements, Map<String, StructureKind> kinds, String id) {
        for (Element e : elements) {
            if (e instanceof Element.Arg a) {
                List<String> used = a.type() instanceof ArgType.Def d ? List.of(d.kind())
                        : a.type() instanceof ArgType.Ref r ? r.kinds() : List.of();
                for (String k : used) {
                    if (!kinds.containsKey(k)) {
                        throw new IllegalStateException("command " + id + " names unknown kind " + k);
                    }
                }
            } else if (e instanceof Element.Optional o) {
                checkKinds(o.sequence(), kinds, id);
            } else if (e instanceof Element.Choice c) {
                c.alternatives().forEach(alt -> checkKinds(alt, kinds, id));
            } else if (e instanceof Element.Repeat r) {
                checkKinds(List.of(r.element()), kinds, id);
            }
        }
    }

    private static LocalizedText text(JsonObject o) {
        return LocalizedText.of(o.get("en").getAsString(), o.get("ja").getAsString());
    }

    public List<CommandSpec> commands() {
        return commands;
    }

    public CommandSpec command(String id) {
        return byId.get(id);
    }

    /** Commands that can start with this word, exactly or by abbreviation. */
    public List<CommandSpec> startingWith(String word) {
        List<CommandSpec> exact = byFirstWord.get(word);
        if (exact == null) {
            exact = byFirstWord.get(word.toLowerCase(Locale.ROOT));
        }
        if (exact != null) {
            return exact;
        }
        List<CommandSpec> out = new ArrayList<>();
        for (Map.Entry<String, List<CommandSpec>> e : byFirstWord.entrySet()) {
            if (CommandMatcher.spells(word, e.getKey())) {
                out.addAll(e.getValue());
            }
        }
        return out;
    }

    /** All first words of commands, for completion and "did you mean". */
    public java.util.Set<String> firstWords() {
        return byFirstWord.keySet();
    }

    public Map<String, LocalizedText> contexts() {
        return contexts;
    }

    public LocalizedText contextLabel(String context) {
        return contexts.get(context);
    }

    public Map<String, StructureKind> kinds() {
        return kinds;
    }

    public StructureKind kind(String id) {
        return kinds.get(id);
    }
}

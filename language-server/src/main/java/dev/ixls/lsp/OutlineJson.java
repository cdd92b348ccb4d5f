package dev.ixls.lsp;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolTag;

/**
 * Writes {@link DocumentSymbol}s field by field: an outline of a large config has a thousand of
 * them with their ranges, answered after every edit, and Gson's reflective writing of them took as
 * long as parsing the config. The JSON is what the reflective adapter writes (same names, nulls
 * left out; {@code OutlineJsonTest} holds them equal). Reading, which the server never does, is
 * Gson's own.
 */
final class OutlineJson implements TypeAdapterFactory {

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != DocumentSymbol.class) {
            return null;
        }
        TypeAdapterFactory self = this;
        return (TypeAdapter<T>) new TypeAdapter<DocumentSymbol>() {
            private TypeAdapter<DocumentSymbol> reader;

            @Override
            public void write(JsonWriter out, DocumentSymbol s) throws IOException {
                symbol(out, s);
            }

            @Override
            public DocumentSymbol read(JsonReader in) throws IOException {
                if (reader == null) {
                    reader = gson.getDelegateAdapter(self, TypeToken.get(DocumentSymbol.class));
                }
                return reader.read(in);
            }
        };
    }

    private static void symbol(JsonWriter out, DocumentSymbol s) throws IOException {
        if (s == null) {
            out.nullValue();
            return;
        }
        out.beginObject();
        if (s.getName() != null) {
            out.name("name").value(s.getName());
        }
        if (s.getKind() != null) {
            out.name("kind").value(s.getKind().getValue());
        }
        range(out, "range", s.getRange());
        range(out, "selectionRange", s.getSelectionRange());
        if (s.getDetail() != null) {
            out.name("detail").value(s.getDetail());
        }
        if (s.getTags() != null) {
            out.name("tags").beginArray();
            for (SymbolTag t : s.getTags()) {
                if (t == null) {
                    out.nullValue();
                } else {
                    out.value(t.getValue());
                }
            }
            out.endArray();
        }
        if (s.getDeprecated() != null) {
            out.name("deprecated").value(s.getDeprecated());
        }
        if (s.getChildren() != null) {
            out.name("children").beginArray();
            for (DocumentSymbol c : s.getChildren()) {
                symbol(out, c);
            }
            out.endArray();
        }
        out.endObject();
    }

    private static void range(JsonWriter out, String name, Range r) throws IOException {
        if (r == null) {
            return;
        }
        out.name(name).beginObject();
        position(out, "start", r.getStart());
        position(out, "end", r.getEnd());
        out.endObject();
    }

    private static void position(JsonWriter out, String name, Position p) throws IOException {
        if (p == null) {
            return;
        }
        out.name(name).beginObject().name("line").value(p.getLine()).name("character").value(p.getCharacter())
                .endObject();
    }
}

package dev.ixls.lsp;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Parameter shapes checked before use: Gson turns {@code {"text": 5}} into the string "5" and
 * {@code "line": "3"} into 3. These adapters refuse a value of the wrong JSON type, so a malformed
 * request is answered InvalidParams instead of acting on something the client never meant (a
 * document whose text became "5"). Numbers must be integers in range; null stays null.
 */
final class StrictJson {

    private StrictJson() {
    }

    static void configure(GsonBuilder gson) {
        gson.registerTypeAdapter(String.class, STRING.nullSafe());
        gson.registerTypeAdapter(Integer.class, INTEGER.nullSafe());
        gson.registerTypeAdapter(int.class, INTEGER.nullSafe());
        gson.registerTypeAdapter(Boolean.class, BOOLEAN.nullSafe());
        gson.registerTypeAdapter(boolean.class, BOOLEAN.nullSafe());
    }

    private static JsonSyntaxException wrong(String wanted, JsonReader in) throws IOException {
        // The path names the field; the value itself is not quoted (it may be document text).
        return new JsonSyntaxException("expected " + wanted + " at " + in.getPath() + ", got " + in.peek());
    }

    static final TypeAdapter<String> STRING = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, String value) throws IOException {
            out.value(value);
        }

        @Override
        public String read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.STRING) {
                throw wrong("a string", in);
            }
            return in.nextString();
        }
    };

    static final TypeAdapter<Integer> INTEGER = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Integer value) throws IOException {
            out.value(value);
        }

        @Override
        public Integer read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.NUMBER) {
                throw wrong("an integer", in);
            }
            String text = in.nextString();
            try {
                return new BigDecimal(text).intValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new JsonSyntaxException("expected an integer at " + in.getPath());
            }
        }
    };

    static final TypeAdapter<Boolean> BOOLEAN = new TypeAdapter<>() {
        @Override
        public void write(JsonWriter out, Boolean value) throws IOException {
            out.value(value);
        }

        @Override
        public Boolean read(JsonReader in) throws IOException {
            if (in.peek() != JsonToken.BOOLEAN) {
                throw wrong("true or false", in);
            }
            return in.nextBoolean();
        }
    };
}

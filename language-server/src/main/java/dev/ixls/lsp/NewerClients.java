package dev.ixls.lsp;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.MessageIssue;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.validation.NonNull;
import org.eclipse.lsp4j.jsonrpc.validation.ReflectiveMessageValidator;

/**
 * What a client newer than this server's LSP4J may send, accepted. LSP enumerations grow (symbol
 * tags, completion item kinds, diagnostic tags...) and clients announce every member they know.
 * LSP4J reads a number it has no constant for as {@code null}; its message validation then refuses
 * the whole request ("Lists must not contain null references", "must return a non-null value"):
 * an {@code initialize} from LSP4E 0.30 (LSP4J 1.0) failed that way against an LSP4J 0.24 server.
 * The specification asks servers to ignore what they do not know, so here:
 * <ul>
 *   <li>a collection of enum values leaves out the values LSP4J does not know ({@link #configureGson});
 *   <li>validation ({@link #validating}) checks every message as LSP4J's does, except that a
 *       required enum property may be {@code null}, which is how an unknown single value reads
 *       (a future completion trigger kind, say); the services treat it as "none of the known".
 * </ul>
 * Unknown properties and capability sections need nothing: Gson skips names it has no field for.
 * The connection uses both; see {@link LspServer} and {@link JsonRpcConnection}.
 */
final class NewerClients {

    private NewerClients() {
    }

    /** Adds the reading of enum collections that leaves out unknown values; the Gson hook of {@link JsonRpcConnection}. */
    static void configureGson(GsonBuilder gson) {
        // Registered after LSP4J's own factories, so Gson asks this one first.
        gson.registerTypeAdapterFactory(new KnownEnumValues());
    }

    /** Wraps a message consumer in validation that lets unknown enum values through; {@link JsonRpcConnection}'s validation. */
    static MessageConsumer validating(MessageConsumer next) {
        return new Validator(next);
    }

    /** Collections whose elements are an enum: JSON values with no constant are left out; the rest is LSP4J's reading. */
    static final class KnownEnumValues implements TypeAdapterFactory {

        @Override
        public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
            Class<?> elementEnum = enumElement(type);
            if (elementEnum == null) {
                return null;
            }
            TypeAdapter<T> collection = gson.getDelegateAdapter(this, type);
            TypeAdapter<?> element = gson.getAdapter(elementEnum);
            return new TypeAdapter<T>() {
                @Override
                public void write(JsonWriter out, T value) throws IOException {
                    collection.write(out, value);
                }

                @Override
                public T read(JsonReader in) throws IOException {
                    JsonElement json = JsonParser.parseReader(in);
                    return collection.fromJsonTree(json.isJsonArray() ? known(json.getAsJsonArray(), element) : json);
                }
            };
        }

        private static JsonArray known(JsonArray values, TypeAdapter<?> element) {
            JsonArray kept = new JsonArray(values.size());
            for (JsonElement value : values) {
                // An explicit null stays (and fails validation, as it should); a value that reads as
                // null is one this LSP4J has no constant for.
                if (value.isJsonNull() || readsAsConstant(element, value)) {
                    kept.add(value);
                }
            }
            return kept;
        }

        private static boolean readsAsConstant(TypeAdapter<?> element, JsonElement value) {
            try {
                return element.fromJsonTree(value) != null;
            } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
                return false; // not a number or name at all (an object, 1.5): not a value this server knows either
            }
        }

        private static Class<?> enumElement(TypeToken<?> type) {
            if (!Collection.class.isAssignableFrom(type.getRawType())
                    || !(type.getType() instanceof ParameterizedType parameterized)) {
                return null;
            }
            Type[] arguments = parameterized.getActualTypeArguments();
            return arguments.length == 1 && arguments[0] instanceof Class<?> c && c.isEnum() ? c : null;
        }
    }

    /**
     * LSP4J's validation, but a {@code @NonNull} property of an enum type may be null. Only the
     * walk over an object's properties differs; lists, {@code Either}s and cycles are LSP4J's.
     */
    static final class Validator extends ReflectiveMessageValidator {

        Validator(MessageConsumer next) {
            super(next);
        }

        @Override
        protected void validate(Object object, List<MessageIssue> issues, Deque<Object> objectStack,
                Deque<Object> accessorStack) throws Exception {
            if (!isObjectWithProperties(object) || objectStack.contains(object)) {
                super.validate(object, issues, objectStack, accessorStack);
                return;
            }
            objectStack.push(object);
            for (Method method : object.getClass().getMethods()) {
                if (!isGetter(method)) {
                    continue;
                }
                accessorStack.push(method);
                Object value = method.invoke(object);
                if (value == null && method.getAnnotation(NonNull.class) != null && !method.getReturnType().isEnum()) {
                    issues.add(new MessageIssue(method.getDeclaringClass().getSimpleName() + "." + getPropertyName(method)
                            + " is required. Path: " + createPathString(accessorStack),
                            ResponseErrorCode.InvalidParams.getValue()));
                }
                validate(value, issues, objectStack, accessorStack);
                accessorStack.pop();
            }
            objectStack.pop();
        }

        private static boolean isObjectWithProperties(Object object) {
            return object != null && !(object instanceof Enum<?> || object instanceof String || object instanceof Number
                    || object instanceof Boolean || object instanceof JsonElement || object instanceof Throwable
                    || object instanceof List<?> || object instanceof Either<?, ?>);
        }
    }
}

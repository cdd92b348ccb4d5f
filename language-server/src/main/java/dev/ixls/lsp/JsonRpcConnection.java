package dev.ixls.lsp;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

/**
 * A JSON-RPC connection that cannot be wedged: ixls's own reading side over LSP4J's dispatching
 * (its {@link RemoteEndpoint}, its typed JSON handler). Every frame is taken whole
 * ({@link FrameReader}); before LSP4J sees a message, it is checked here:
 * <ul>
 * <li>JSON that does not parse is answered ParseError (-32700), with the request's id when it
 * can be read before the damage, else with a null id;</li>
 * <li>a message that is no request, notification or response, an id of the wrong type, or JSON
 * nested deeper than any LSP message is answered InvalidRequest (-32600);</li>
 * <li>after {@code shutdown}, every request is answered InvalidRequest;</li>
 * <li>a request under a notification's name is answered InvalidRequest, one for a method ixls
 * does not serve MethodNotFound (-32601);</li>
 * <li>parameters of the wrong shape ({@link StrictJson}: {@code "text": 5}) are answered
 * InvalidParams (-32602), or, for a notification, logged and dropped.</li>
 * </ul>
 * Messages are then validated as LSP4J's launcher does, but tolerant of enum values a newer
 * client knows and this LSP4J does not ({@link NewerClients#validating}).
 * Errors never carry a stack trace or quote the message (their {@code data} is only ixls's own, see
 * {@link #isOwnData}): the log names the method and the kind of trouble only, since a message may
 * hold a config and its keys.
 */
final class JsonRpcConnection<T> {

    /** Deeper JSON is refused before parsing: LSP nests a few levels; settings, a few more. */
    static final int MAX_DEPTH = 64;
    private static final int MAX_LOGGED_PROBLEMS = 100;

    private final FrameReader reader;
    private final FrameWriter writer;
    private final MessageJsonHandler json;
    private final RemoteEndpoint endpoint;
    private final MessageConsumer incoming;
    private final T remote;
    private final Map<String, JsonRpcMethod> served;
    private final Consumer<String> log;
    private final Supplier<Language> language;
    private volatile boolean shutdown;
    private int problemsLogged;

    /**
     * @param local the service whose {@code @JsonRequest}/{@code @JsonNotification} methods are served
     * @param remoteInterface what the other side serves (for the proxy and for reading its answers)
     * @param gson further Gson configuration (after ixls's strict one), or null
     * @param log the server's log: one line per problem, never message contents
     * @param language the language of error messages sent back
     */
    JsonRpcConnection(Object local, Class<T> remoteInterface, InputStream in, OutputStream out,
            Consumer<GsonBuilder> gson, Consumer<String> log, Supplier<Language> language) {
        this(local, remoteInterface, in, out, gson, log, language, null);
    }

    /**
     * As above; {@code ready} is handed the Gson instance that reads and writes the messages as
     * soon as it exists (the server prepares its first messages' adapters on another thread while
     * the rest is set up).
     */
    JsonRpcConnection(Object local, Class<T> remoteInterface, InputStream in, OutputStream out,
            Consumer<GsonBuilder> gson, Consumer<String> log, Supplier<Language> language,
            Consumer<com.google.gson.Gson> ready) {
        this.served = ServiceEndpoints.getSupportedMethods(local.getClass());
        Map<String, JsonRpcMethod> all = new LinkedHashMap<>(ServiceEndpoints.getSupportedMethods(remoteInterface));
        all.putAll(served);
        this.json = new MessageJsonHandler(all, builder -> {
            StrictJson.configure(builder);
            if (gson != null) {
                gson.accept(builder);
            }
        });
        if (ready != null) {
            ready.accept(json.getGson());
        }
        this.log = log;
        this.language = language;
        this.reader = new FrameReader(in);
        this.writer = new FrameWriter(out, json, this::problem);
        this.endpoint = new RemoteEndpoint(writer, ServiceEndpoints.toEndpoint(local), this::errorOf);
        json.setMethodProvider(endpoint);
        endpoint.setJsonHandler(json);
        this.incoming = NewerClients.validating(endpoint);
        this.remote = ServiceEndpoints.toServiceObject(endpoint, remoteInterface);
    }

    /** The other side's methods, to call. */
    T remote() {
        return remote;
    }

    /** Reads and dispatches until the input ends; the future then completes. */
    CompletableFuture<Void> listen(ExecutorService executor) {
        return CompletableFuture.runAsync(() -> {
            try {
                FrameReader.Frame frame;
                while ((frame = reader.next()) != null) {
                    frame.problems().forEach(this::problem);
                    handle(new String(frame.body(), frame.charset()));
                }
            } catch (IOException e) {
                // The input broke: the client is gone.
            }
        }, executor);
    }

    /** One message's text: checked, then given to LSP4J. Never throws. */
    void handle(String body) {
        try {
            dispatch(body);
        } catch (RuntimeException | StackOverflowError e) {
            problem("a message could not be handled (" + e.getClass().getSimpleName() + ")");
        }
    }

    private void dispatch(String body) {
        if (depth(body) > MAX_DEPTH) {
            reply(partialId(body), ResponseErrorCode.InvalidRequest, "protocol.tooDeep", "max", MAX_DEPTH);
            problem("a message nested deeper than " + MAX_DEPTH + " levels; refused");
            return;
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(body);
        } catch (RuntimeException e) {
            reply(partialId(body), ResponseErrorCode.ParseError, "protocol.parseError");
            problem("a message that is not JSON (" + body.length() + " characters); answered ParseError");
            return;
        }
        if (!parsed.isJsonObject()) {
            reply(JsonNull.INSTANCE, ResponseErrorCode.InvalidRequest, "protocol.notAMessage");
            problem("a message that is not a JSON object; answered InvalidRequest");
            return;
        }
        JsonObject message = parsed.getAsJsonObject();
        JsonElement id = message.get("id");
        JsonElement methodElement = message.get("method");
        boolean hasId = id != null;
        if (hasId && !validId(id)) {
            reply(JsonNull.INSTANCE, ResponseErrorCode.InvalidRequest, "protocol.badId");
            problem("a message whose id is neither a string nor an integer; answered InvalidRequest");
            return;
        }
        if (methodElement == null) {
            if (hasId && (message.has("result") || message.has("error"))) {
                parseAndConsume(body, null, id); // an answer to one of our requests
            } else {
                reply(hasId ? id : JsonNull.INSTANCE, ResponseErrorCode.InvalidRequest, "protocol.notAMessage");
                problem("a message that is no request, notification or response; answered InvalidRequest");
            }
            return;
        }
        if (!methodElement.isJsonPrimitive() || !methodElement.getAsJsonPrimitive().isString()) {
            reply(hasId ? id : JsonNull.INSTANCE, ResponseErrorCode.InvalidRequest, "protocol.notAMessage");
            problem("a message whose method is not a string; answered InvalidRequest");
            return;
        }
        String method = methodElement.getAsString();
        JsonRpcMethod known = served.get(method);
        if (hasId) {
            if (shutdown) {
                reply(id, ResponseErrorCode.InvalidRequest, "protocol.afterShutdown", "method", method);
                return;
            }
            if (known == null) {
                reply(id, ResponseErrorCode.MethodNotFound, "protocol.methodNotFound", "method", method);
                problem("request for " + safe(method) + ", which ixls does not serve; answered MethodNotFound");
                return;
            }
            if (known.isNotification()) {
                reply(id, ResponseErrorCode.InvalidRequest, "protocol.notificationWithId", "method", method);
                problem(safe(method) + " sent as a request (with an id); answered InvalidRequest");
                return;
            }
            if (method.equals("shutdown")) {
                shutdown = true;
            }
            parseAndConsume(body, method, id);
            return;
        }
        // A notification.
        if (shutdown && !method.equals("exit")) {
            problem(safe(method) + " after shutdown; ignored");
            return;
        }
        if (method.equals(MessageJsonHandler.CANCEL_METHOD.getMethodName())) {
            parseAndConsume(body, method, null);
            return;
        }
        if (known == null) {
            if (!method.startsWith("$/")) { // "$/" notifications may be ignored silently
                problem("notification " + safe(method) + ", which ixls does not handle; ignored");
            }
            return;
        }
        if (!known.isNotification()) {
            problem(safe(method) + " sent as a notification (without an id); ignored");
            return;
        }
        parseAndConsume(body, method, null);
    }

    /** LSP4J's typed reading and validation, then its dispatch; shape errors answered or logged here. */
    private void parseAndConsume(String body, String method, JsonElement id) {
        Message message;
        try {
            message = json.parseMessage(body);
            if (message == null) {
                throw new IllegalStateException("empty");
            }
        } catch (MessageIssueException | com.google.gson.JsonParseException | IllegalStateException
                | NumberFormatException | StackOverflowError e) {
            shapeError(method, id);
            return;
        }
        try {
            incoming.consume(message);
        } catch (MessageIssueException e) {
            shapeError(method, id); // a required field is missing
        }
    }

    private void shapeError(String method, JsonElement id) {
        if (method == null) {
            problem("an answer from the client that could not be read; ignored");
        } else if (id != null) {
            reply(id, ResponseErrorCode.InvalidParams, "protocol.invalidParams", "method", method);
            problem("the parameters of " + safe(method) + " do not have the expected shape; answered InvalidParams");
        } else {
            problem("the parameters of " + safe(method) + " do not have the expected shape; ignored");
        }
    }

    private void reply(JsonElement id, ResponseErrorCode code, String key, Object... args) {
        for (int i = 1; i < args.length; i += 2) {
            if (args[i] instanceof String s && s.length() > 80) {
                args[i] = s.substring(0, 80) + "…"; // a method name is the client's own, but need not be long
            }
        }
        JsonObject error = new JsonObject();
        error.addProperty("code", code.getValue());
        error.addProperty("message", Messages.get(language.get(), key, args));
        JsonObject response = new JsonObject();
        response.addProperty("jsonrpc", "2.0");
        response.add("id", id);
        response.add("error", error);
        writer.writeRaw(response.toString());
    }

    /** The answer to a request whose handler failed: the protocol's code, never a stack trace. */
    private ResponseError errorOf(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException
                || t instanceof InvocationTargetException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ResponseErrorException r) {
            ResponseError e = r.getResponseError();
            return new ResponseError(e.getCode(), e.getMessage(), isOwnData(e.getData()) ? e.getData() : null);
        }
        if (t instanceof UnsupportedOperationException) {
            return new ResponseError(ResponseErrorCode.MethodNotFound,
                    Messages.get(language.get(), "protocol.notServed"), null);
        }
        problem("a request failed inside ixls (" + t.getClass().getSimpleName() + ")");
        return new ResponseError(ResponseErrorCode.InternalError,
                Messages.get(language.get(), "protocol.internalError", "error", t.getClass().getSimpleName()), null);
    }

    /** A protocol problem for the log: counted, and after many only now and then, so a flood cannot fill a disk. */
    private synchronized void problem(String what) {
        problemsLogged++;
        if (problemsLogged <= MAX_LOGGED_PROBLEMS || problemsLogged % 1000 == 0) {
            log.accept("protocol: " + what + (problemsLogged == MAX_LOGGED_PROBLEMS
                    ? " (further problems are logged once per 1000)" : ""));
        }
    }

    /** A method name as the log may show it: short, and only the characters method names have. */
    static String safe(String method) {
        String shown = method.length() > 80 ? method.substring(0, 80) + "…" : method;
        return shown.matches("[A-Za-z0-9/$_.\\-]*") ? "'" + shown + "'" : "a method with an odd name";
    }

    static boolean validId(JsonElement id) {
        if (!id.isJsonPrimitive()) {
            return false;
        }
        JsonPrimitive p = id.getAsJsonPrimitive();
        if (p.isString()) {
            return true;
        }
        if (!p.isNumber()) {
            return false;
        }
        try {
            new BigDecimal(p.getAsString()).intValueExact();
            return true;
        } catch (ArithmeticException | NumberFormatException e) {
            return false;
        }
    }

    /** How deep arrays and objects nest, outside strings: a linear scan, before any parser recurses. */
    static int depth(String body) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    /**
     * The id of a message that does not parse as a whole, when it stands at the top level before
     * the damage; else null (JSON-RPC's id for "could not tell").
     */
    static JsonElement partialId(String body) {
        try (JsonReader r = new JsonReader(new StringReader(body))) {
            if (r.peek() != JsonToken.BEGIN_OBJECT) {
                return JsonNull.INSTANCE;
            }
            r.beginObject();
            int members = 0;
            while (r.hasNext() && members++ < 32) {
                String name = r.nextName();
                if (name.equals("id")) {
                    JsonToken t = r.peek();
                    JsonElement id = t == JsonToken.STRING ? new JsonPrimitive(r.nextString())
                            : t == JsonToken.NUMBER ? new JsonPrimitive(new BigDecimal(r.nextString())) : null;
                    return id != null && validId(id) ? id : JsonNull.INSTANCE;
                }
                r.skipValue();
            }
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // The damage comes before the id.
        }
        return JsonNull.INSTANCE;
    }

    /** ixls's own error data, for the editor to act on ({@code {"ixls": "needLocalAsn", ...}}, docs/editors.md). */
    static boolean isOwnData(Object data) {
        return data instanceof com.google.gson.JsonObject o && o.has("ixls");
    }

    /** Writes frames, one at a time; LSP4J's messages and the errors answered here share its lock. */
    final class FrameWriter implements MessageConsumer {
        private final OutputStream out;
        private final MessageJsonHandler json;
        private final Consumer<String> problem;

        FrameWriter(OutputStream out, MessageJsonHandler json, Consumer<String> problem) {
            this.out = out;
            this.json = json;
            this.problem = problem;
        }

        @Override
        public void consume(Message message) {
            if (message instanceof ResponseMessage r && r.getError() != null && r.getError().getData() != null
                    && !isOwnData(r.getError().getData())) {
                // LSP4J puts exceptions (stack traces) in data; an answer never carries them.
                r.getError().setData(null);
            }
            String text;
            try {
                text = json.serialize(message);
            } catch (RuntimeException e) {
                problem.accept("a message could not be written (" + e.getClass().getSimpleName() + ")");
                if (message instanceof ResponseMessage r) {
                    ResponseMessage failed = new ResponseMessage();
                    failed.setRawId(r.getRawId());
                    failed.setJsonrpc("2.0");
                    failed.setError(new ResponseError(ResponseErrorCode.InternalError, Messages.get(language.get(),
                            "protocol.internalError", "error", e.getClass().getSimpleName()), null));
                    text = json.serialize(failed);
                } else {
                    return;
                }
            }
            writeRaw(text);
        }

        synchronized void writeRaw(String text) {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            try {
                out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
            } catch (IOException e) {
                throw new org.eclipse.lsp4j.jsonrpc.JsonRpcException(e);
            }
        }
    }

}

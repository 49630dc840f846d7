package nl.werkplein.platform.api;

import jakarta.validation.constraints.Size;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The most elements each array of a request body may hold, read once per body type from the
 * {@code @Size(max)} on its collection fields (the same annotation puts maxItems in the document).
 * An array without one gets {@code defaultMax}. Places are JSON paths with {@code []} for "any
 * element": {@code werkregio}, {@code ervaring[].taken}, {@code ""} for a body that is itself an array.
 * Framework-free; JsonBodyRules applies it while streaming, before the body is bound.
 */
public final class CollectionLimits {

    /** At most {@code max} elements; {@code reason} is what the 400 says (the @Size message when it has one). */
    public record Limit(int max, String reason) {
    }

    private static final int MAX_DEPTH = 12;

    private final Map<String, Limit> byPath;
    private final Limit fallback;

    private CollectionLimits(Map<String, Limit> byPath, int defaultMax) {
        this.byPath = Map.copyOf(byPath);
        this.fallback = new Limit(defaultMax, reason(defaultMax));
    }

    /** Only the default, for a body whose type says nothing (a JsonNode, a String). */
    public static CollectionLimits none(int defaultMax) {
        return new CollectionLimits(Map.of(), defaultMax);
    }

    /**
     * @param annotations those on the body parameter itself: a {@code @Size} there limits a body that is an array
     */
    public static CollectionLimits of(Type bodyType, AnnotatedType annotatedBodyType, Annotation[] annotations, int defaultMax) {
        Map<String, Limit> limits = new HashMap<>();
        Size rootSize = find(annotations);
        walk(bodyType, annotatedBodyType, rootSize, "", limits, new HashSet<>(), 0);
        return new CollectionLimits(limits, defaultMax);
    }

    public static CollectionLimits of(Class<?> bodyType, int defaultMax) {
        return of(bodyType, null, new Annotation[0], defaultMax);
    }

    /** The limit of the array at this place (its path with [] for each element). */
    public Limit at(String path) {
        Limit limit = byPath.get(path);
        return limit != null ? limit : fallback;
    }

    Map<String, Limit> declared() {
        return byPath;
    }

    private static void walk(Type type, AnnotatedType annotated, Size size, String path, Map<String, Limit> limits,
                             Set<Class<?>> onStack, int depth) {
        if (depth > MAX_DEPTH || type == null) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null) {
            return;
        }
        if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            Size declared = size != null ? size : annotated == null ? null : annotated.getAnnotation(Size.class);
            if (declared != null && declared.max() < Integer.MAX_VALUE) {
                limits.put(path, new Limit(declared.max(), message(declared)));
            }
            Type element = null;
            AnnotatedType annotatedElement = null;
            if (raw.isArray()) {
                element = raw.getComponentType();
                if (annotated instanceof AnnotatedArrayType array) {
                    annotatedElement = array.getAnnotatedGenericComponentType();
                }
            } else if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
                element = parameterized.getActualTypeArguments()[0];
                if (annotated instanceof AnnotatedParameterizedType p && p.getAnnotatedActualTypeArguments().length == 1) {
                    annotatedElement = p.getAnnotatedActualTypeArguments()[0];
                }
            }
            walk(element, annotatedElement, null, path + "[]", limits, onStack, depth + 1);
            return;
        }
        if (raw.isPrimitive() || raw.isEnum() || raw.isInterface() || raw.getName().startsWith("java.")
                || raw.getName().startsWith("com.fasterxml.") || Map.class.isAssignableFrom(raw) || !onStack.add(raw)) {
            return;
        }
        try {
            String prefix = path.isEmpty() ? "" : path + ".";
            if (raw.isRecord()) {
                for (RecordComponent component : raw.getRecordComponents()) {
                    walk(component.getGenericType(), component.getAnnotatedType(), component.getAnnotation(Size.class),
                            prefix + component.getName(), limits, onStack, depth + 1);
                }
            } else {
                for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field field : c.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                            continue;
                        }
                        walk(field.getGenericType(), field.getAnnotatedType(), field.getAnnotation(Size.class),
                                prefix + field.getName(), limits, onStack, depth + 1);
                    }
                }
            }
        } finally {
            onStack.remove(raw);
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null; // a type variable or wildcard: nothing to read
    }

    private static Size find(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof Size size) {
                    return size;
                }
            }
        }
        return null;
    }

    private static String message(Size size) {
        String message = size.message();
        return message == null || message.isBlank() || message.startsWith("{") ? reason(size.max()) : message;
    }

    static String reason(int max) {
        return "hoogstens " + max + " elementen";
    }
}

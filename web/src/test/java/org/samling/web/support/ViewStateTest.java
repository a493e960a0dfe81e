package org.samling.web.support;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a view keeps between requests lives in the session, and on several nodes the session is
 * copied to another node after each request (README, Several nodes): a value that cannot be
 * serialized stops the copy, and the page expires when its node dies. This walks every field of every
 * view-scoped bean (injected services aside, they are proxies) and every type reachable from them.
 */
class ViewStateTest {

    private final List<String> problems = new ArrayList<>();
    private final Set<Type> seen = new HashSet<>();

    @Test
    void everythingAViewKeepsCanBeCopiedToAnotherNode() throws Exception {
        List<Class<?>> views = viewScopedBeans();
        assertFalse(views.size() < 10, "the view-scoped beans were found: " + views);
        for (Class<?> view : views) {
            assertTrue(Serializable.class.isAssignableFrom(view), view + " is Serializable");
            fields(view, view.getSimpleName());
        }
        assertTrue(problems.isEmpty(), "cannot be copied to another node:\n" + String.join("\n", problems));
    }

    private void fields(Class<?> type, String path) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isAnnotationPresent(Inject.class)
                        || f.isAnnotationPresent(EJB.class) || f.isAnnotationPresent(Resource.class) || f.isSynthetic()) {
                    continue;
                }
                check(f.getGenericType(), path + "." + f.getName());
            }
        }
    }

    private void check(Type type, String path) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
                // The kept instance is a JDK collection (ArrayList, List.of, HashMap, ...): all serializable.
                for (Type argument : p.getActualTypeArguments()) {
                    check(argument, path + "<>");
                }
                return;
            }
            check(raw, path);
            for (Type argument : p.getActualTypeArguments()) {
                check(argument, path + "<>");
            }
        } else if (type instanceof GenericArrayType a) {
            check(a.getGenericComponentType(), path + "[]");
        } else if (type instanceof WildcardType w) {
            Stream.of(w.getUpperBounds()).forEach(b -> check(b, path));
        } else if (type instanceof TypeVariable<?> v) {
            Stream.of(v.getBounds()).forEach(b -> check(b, path));
        } else if (type instanceof Class<?> c) {
            if (c.isPrimitive() || c == Object.class) {
                return;
            }
            if (c.isArray()) {
                check(c.getComponentType(), path + "[]");
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                problems.add(path + ": " + c.getName());
                return;
            }
            if (c.getName().startsWith("org.samling.")) {
                fields(c, path);
            }
        }
    }

    private static List<Class<?>> viewScopedBeans() throws IOException, URISyntaxException {
        Path classes = Path.of(LocaleBean.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> views = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name, false, ViewStateTest.class.getClassLoader());
                    if (c.isAnnotationPresent(ViewScoped.class)) {
                        views.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // A class that needs what only the server has: not a view bean's concern here.
                }
            }
        }
        return views;
    }
}

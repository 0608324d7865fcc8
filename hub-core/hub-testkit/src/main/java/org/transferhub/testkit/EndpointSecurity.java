package org.transferhub.testkit;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Payara authenticates only where an endpoint asks for it, so an endpoint that declares no roles
 * is open to anyone. This check reads a built WAR and lists every JAX-RS resource method of
 * TransferHub code (the WAR's own and the kernel's) that has neither {@code @RolesAllowed},
 * {@code @PermitAll} nor {@code @DenyAll}, on the method or its class.
 */
public final class EndpointSecurity {

    private EndpointSecurity() {}

    /**
     * A JAX-RS endpoint of a WAR: where it answers and who may call it.
     *
     * @param resource {@code Class#method}
     * @param httpMethod GET, POST, ...
     * @param path the full path, e.g. {@code /vouchers/api/holds/{id}/capture}
     * @param roles the roles of {@code @RolesAllowed}; empty for {@code @PermitAll} and {@code @DenyAll}
     * @param permitAll anyone may call it
     * @param declared it declares who may call it at all
     * @param takesBody it reads a request body (a parameter JAX-RS fills from the entity)
     */
    public record Endpoint(
            String resource,
            String httpMethod,
            String path,
            Set<String> roles,
            boolean permitAll,
            boolean declared,
            boolean takesBody) {}

    /** {@code Class#method} of every endpoint without declared roles; empty when all declare them. */
    public static List<String> undeclared(java.nio.file.Path war) throws IOException {
        return endpoints(war).stream()
                .filter(e -> !e.declared())
                .map(Endpoint::resource)
                .toList();
    }

    /** Every endpoint of TransferHub code in a built WAR (the WAR's own classes and the kernel's). */
    public static List<Endpoint> endpoints(java.nio.file.Path war) throws IOException {
        java.nio.file.Path dir = Files.createTempDirectory("endpoint-security");
        List<URL> roots = new ArrayList<>();
        List<String> classNames = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(war))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                    java.nio.file.Path target =
                            dir.resolve("classes").resolve(name.substring("WEB-INF/classes/".length()));
                    Files.createDirectories(target.getParent());
                    Files.copy(zip, target);
                    classNames.add(className(name.substring("WEB-INF/classes/".length())));
                } else if (name.startsWith("WEB-INF/lib/") && name.endsWith(".jar")) {
                    java.nio.file.Path target = dir.resolve(name.substring("WEB-INF/lib/".length()));
                    Files.copy(zip, target);
                    roots.add(target.toUri().toURL());
                    classNames.addAll(transferHubClasses(target));
                }
            }
        }
        roots.add(0, dir.resolve("classes").toUri().toURL());
        String context = "/" + war.getFileName().toString().replaceFirst("\\.war$", "");
        List<Endpoint> endpoints = new ArrayList<>();
        try (URLClassLoader loader =
                new URLClassLoader(roots.toArray(URL[]::new), EndpointSecurity.class.getClassLoader())) {
            List<Class<?>> types = new ArrayList<>();
            String application = "";
            for (String name : classNames) {
                try {
                    Class<?> type = Class.forName(name, false, loader);
                    types.add(type);
                    ApplicationPath app = type.getAnnotation(ApplicationPath.class);
                    if (app != null) {
                        application = app.value();
                    }
                } catch (ClassNotFoundException | LinkageError notLoadableHere) {
                    // a class needing what only the server has: not a resource we check
                }
            }
            for (Class<?> type : types) {
                if (type.isInterface()
                        || Modifier.isAbstract(type.getModifiers())
                        || !type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    Method declaration = endpointDeclaration(m);
                    if (declaration == null) {
                        continue;
                    }
                    java.lang.reflect.AnnotatedElement rules = declaresRoles(m) ? m : type;
                    RolesAllowed allowed = rules.getAnnotation(RolesAllowed.class);
                    endpoints.add(new Endpoint(
                            type.getName() + "#" + m.getName(),
                            httpMethod(declaration),
                            join(
                                    context,
                                    application,
                                    type.getAnnotation(Path.class).value(),
                                    methodPath(declaration)),
                            allowed == null ? Set.of() : Set.of(allowed.value()),
                            rules.isAnnotationPresent(PermitAll.class),
                            declaresRoles(m) || declaresRoles(type),
                            takesBody(declaration)));
                }
            }
        }
        deleteTree(dir);
        return endpoints;
    }

    /** The unpacked WAR is read; nothing of it is left behind. */
    private static void deleteTree(java.nio.file.Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (java.nio.file.Path p :
                    walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Whether a parameter is the entity: one that no JAX-RS annotation (path, query, header, context...) fills. */
    private static boolean takesBody(Method declaration) {
        for (Annotation[] parameter : declaration.getParameterAnnotations()) {
            boolean filledByJaxRs = java.util.Arrays.stream(parameter)
                    .map(a -> a.annotationType().getPackageName())
                    .anyMatch(pkg -> pkg.equals("jakarta.ws.rs") || pkg.equals("jakarta.ws.rs.core"));
            if (!filledByJaxRs) {
                return true;
            }
        }
        return false;
    }

    private static String httpMethod(Method declaration) {
        for (Annotation a : declaration.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return "GET"; // a sub-resource locator
    }

    private static String methodPath(Method declaration) {
        Path p = declaration.getAnnotation(Path.class);
        return p == null ? "" : p.value();
    }

    private static String join(String... parts) {
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            for (String segment : part.split("/")) {
                if (!segment.isEmpty()) {
                    path.append('/').append(segment);
                }
            }
        }
        return path.toString();
    }

    private static List<String> transferHubClasses(java.nio.file.Path jar) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = Files.newInputStream(jar);
                ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("org/transferhub/") && e.getName().endsWith(".class")) {
                    names.add(className(e.getName()));
                }
            }
        }
        return names;
    }

    private static String className(String entry) {
        return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
    }

    /** The declaration that makes {@code m} a resource method: itself, or the interface method it implements; null if none. */
    private static Method endpointDeclaration(Method m) {
        if (m.getDeclaringClass() == Object.class) {
            return null;
        }
        if (isEndpointDeclaration(m)) {
            return m;
        }
        for (Class<?> i : m.getDeclaringClass().getInterfaces()) {
            try {
                Method declared = i.getMethod(m.getName(), m.getParameterTypes());
                if (isEndpointDeclaration(declared)) {
                    return declared;
                }
            } catch (NoSuchMethodException notThere) {
                // not declared by this interface
            }
        }
        return null;
    }

    private static boolean isEndpointDeclaration(Method m) {
        for (Annotation a : m.getAnnotations()) {
            if (a instanceof Path || a.annotationType().isAnnotationPresent(HttpMethod.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresRoles(java.lang.reflect.AnnotatedElement e) {
        return e.isAnnotationPresent(RolesAllowed.class)
                || e.isAnnotationPresent(PermitAll.class)
                || e.isAnnotationPresent(DenyAll.class);
    }
}

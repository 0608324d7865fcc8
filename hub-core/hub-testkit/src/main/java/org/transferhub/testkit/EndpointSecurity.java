package org.transferhub.testkit;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
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

    /** {@code Class#method} of every endpoint without declared roles; empty when all declare them. */
    public static List<String> undeclared(java.nio.file.Path war) throws IOException {
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
        List<String> open = new ArrayList<>();
        try (URLClassLoader loader =
                new URLClassLoader(roots.toArray(URL[]::new), EndpointSecurity.class.getClassLoader())) {
            for (String name : classNames) {
                Class<?> type;
                try {
                    type = Class.forName(name, false, loader);
                } catch (ClassNotFoundException | LinkageError notLoadableHere) {
                    continue;
                }
                if (type.isInterface()
                        || Modifier.isAbstract(type.getModifiers())
                        || !type.isAnnotationPresent(Path.class)) {
                    continue;
                }
                for (Method m : type.getMethods()) {
                    if (isEndpoint(m) && !declaresRoles(m) && !declaresRoles(type)) {
                        open.add(type.getName() + "#" + m.getName());
                    }
                }
            }
        }
        return open;
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

    /** A resource method: an HTTP method or {@code @Path} on it, or on the method it implements. */
    private static boolean isEndpoint(Method m) {
        if (m.getDeclaringClass() == Object.class) {
            return false;
        }
        if (isEndpointDeclaration(m)) {
            return true;
        }
        for (Class<?> i : m.getDeclaringClass().getInterfaces()) {
            try {
                if (isEndpointDeclaration(i.getMethod(m.getName(), m.getParameterTypes()))) {
                    return true;
                }
            } catch (NoSuchMethodException notThere) {
                // not declared by this interface
            }
        }
        return false;
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

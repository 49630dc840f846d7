package nl.werkplein.manifestcheck;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;

/**
 * Kubernetes 1.32 core objects, checked with the models of the official Java client 23.x, which is
 * generated from the Kubernetes 1.32 OpenAPI: parsing an object rejects unknown fields, missing
 * required fields and values of the wrong type, as {@code kubectl apply --validate=strict} would.
 */
public final class KubernetesSchemas {

    /** The group of each built-in kind the check knows; a kind under another group is not built in. */
    private static final Map<String, String> GROUPS = Map.ofEntries(
            Map.entry("ConfigMap", ""), Map.entry("Secret", ""), Map.entry("Service", ""),
            Map.entry("ServiceAccount", ""), Map.entry("Namespace", ""), Map.entry("Pod", ""),
            Map.entry("PersistentVolumeClaim", ""), Map.entry("Endpoints", ""), Map.entry("LimitRange", ""),
            Map.entry("ResourceQuota", ""),
            Map.entry("Deployment", "apps"), Map.entry("StatefulSet", "apps"), Map.entry("DaemonSet", "apps"),
            Map.entry("ReplicaSet", "apps"),
            Map.entry("Job", "batch"), Map.entry("CronJob", "batch"),
            Map.entry("PodDisruptionBudget", "policy"),
            Map.entry("HorizontalPodAutoscaler", "autoscaling"),
            Map.entry("NetworkPolicy", "networking.k8s.io"), Map.entry("Ingress", "networking.k8s.io"),
            Map.entry("IngressClass", "networking.k8s.io"),
            Map.entry("Role", "rbac.authorization.k8s.io"), Map.entry("RoleBinding", "rbac.authorization.k8s.io"),
            Map.entry("ClusterRole", "rbac.authorization.k8s.io"),
            Map.entry("ClusterRoleBinding", "rbac.authorization.k8s.io"),
            Map.entry("PriorityClass", "scheduling.k8s.io"));

    private KubernetesSchemas() {
    }

    public static boolean knows(String group, String kind) {
        return group.equals(GROUPS.get(kind));
    }

    /** @return the first problem of a built-in object, empty when it is valid. */
    public static Optional<String> validate(Manifest m) {
        Class<?> model;
        try {
            model = Class.forName("io.kubernetes.client.openapi.models." + capitalize(m.version()) + m.kind());
        } catch (ClassNotFoundException e) {
            return Optional.of(m.apiVersion() + " " + m.kind() + " is not a Kubernetes 1.32 API");
        }
        return parse(model, m.body());
    }

    /** Parses a JSON node as the given Kubernetes model (also used for the metadata of custom resources). */
    static Optional<String> parse(Class<?> model, JsonNode node) {
        try {
            Method fromJson = model.getMethod("fromJson", String.class);
            fromJson.invoke(null, Manifests.JSON.writeValueAsString(node));
            return Optional.empty();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
            return Optional.of(shorten(message));
        } catch (NoSuchMethodException | IllegalAccessException | JsonProcessingException e) {
            throw new IllegalStateException("cannot validate with " + model, e);
        }
    }

    /** The client's messages quote the whole JSON fragment; the first line names the field. */
    private static String shorten(String message) {
        int json = message.indexOf(" JSON: ");
        String head = json > 0 ? message.substring(0, json) : message;
        return head.length() > 300 ? head.substring(0, 300) + "…" : head;
    }

    private static String capitalize(String version) {
        return version.isEmpty() ? version : Character.toUpperCase(version.charAt(0)) + version.substring(1);
    }
}

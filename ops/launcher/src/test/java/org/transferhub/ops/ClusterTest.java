package org.transferhub.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterTest {

    @Test
    void aRegionOfOneInstanceRunsWithoutADataGrid() {
        assertEquals(List.of("--nocluster"), RegionProcess.clusterOptions(null));
    }

    @Test
    void aMemberFindsTheOthersOverTcpOnLoopbackOnly() {
        List<String> options = RegionProcess.clusterOptions(new RegionOptions.Member(
                "transferhub-demo-8080", "demo-2", 8092, List.of(8091, 8092), Path.of("/srv/demo/keys")));
        assertEquals(
                List.of(
                        "--name",
                        "demo-2",
                        "--clustername",
                        "transferhub-demo-8080",
                        "--clustermode",
                        "tcpip:127.0.0.1:8091,127.0.0.1:8092",
                        "--interfaces",
                        "127.0.0.1",
                        "--hzpublicaddress",
                        "127.0.0.1",
                        "--startport",
                        "8092"),
                options);
        assertFalse(String.join(" ", options).contains("multicast"));
    }

    @Test
    void nginxBalancesOverTheServingInstancesAndRetriesOnlyKeyedPosts() {
        String config = new Nginx(Path.of("/srv/demo/nginx"), "demo", 8080)
                .config(List.of(new Nginx.Upstream(8081, true), new Nginx.Upstream(8082, false)));
        assertTrue(config.contains("listen 127.0.0.1:8080;"), config);
        assertTrue(config.contains("server 127.0.0.1:8081 max_fails=1 fail_timeout=10s;"), config);
        assertTrue(config.contains("server 127.0.0.1:8082 down;"), "a restarting instance gets no request");
        assertTrue(config.contains("proxy_next_upstream error timeout non_idempotent;"), config);
        assertTrue(config.contains("\"POST:\"  1;"), "a POST without Idempotency-Key goes to @unkeyed");
        assertTrue(config.contains("pid /srv/demo/nginx/nginx.pid;"), config);
        assertFalse(config.contains("/etc/nginx"), "nothing of the system's nginx");
    }
}

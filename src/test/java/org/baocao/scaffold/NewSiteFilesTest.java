package org.baocao.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baocao.config.SiteConfig;
import org.baocao.config.SiteConfigLoader;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** What new site writes besides the content: the editors' schemas and settings, and the Pages workflows. */
class NewSiteFilesTest {

    @Test
    void theEditorSettingsApplyTheSchemasItWrites(@TempDir Path folder) throws Exception {
        List<String> written = NewSite.create(folder, 2025, new Diagnostics());
        assertTrue(written.containsAll(List.of(".baocao/schemas/site.schema.json", ".baocao/schemas/report.schema.json",
                ".baocao/schemas/data.schema.json", ".vscode/settings.json")), written.toString());
        assertFalse(written.stream().anyMatch(f -> f.startsWith(".github") || f.startsWith(".gitlab")), "no CI unless asked");

        // JSON is YAML: SnakeYAML reads the settings as the editor does.
        Map<String, Map<String, String>> settings = new Yaml().load(Files.readString(folder.resolve(".vscode/settings.json")));
        Map<String, String> schemas = settings.get("yaml.schemas");
        assertEquals(Map.of("./.baocao/schemas/site.schema.json", "content/site.yaml",
                "./.baocao/schemas/report.schema.json", "content/reports/*/report.yaml",
                "./.baocao/schemas/data.schema.json", "content/reports/*/data/*.yaml"), schemas);
        for (String schema : schemas.keySet()) {
            String text = Files.readString(folder.resolve(schema));
            assertTrue(text.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), schema);
        }
        // Each glob finds the file it is for in the new project.
        assertTrue(Files.isRegularFile(folder.resolve("content/site.yaml")));
        assertTrue(Files.isRegularFile(folder.resolve("content/reports/2025/report.yaml")));
        assertTrue(Files.isRegularFile(folder.resolve("content/reports/2025/data/highlights.yaml")));
    }

    @Test
    void githubPagesWorkflowWithTheBaseUrl(@TempDir Path folder) throws Exception {
        List<String> written = NewSite.create(folder, 2025, Optional.of(NewSite.Ci.GITHUB),
                Optional.of("https://tanphu-example.github.io/bao-cao/"), new Diagnostics());
        assertTrue(written.contains(".github/workflows/publish.yml"), written.toString());

        Map<String, Object> workflow = new Yaml().load(Files.readString(folder.resolve(".github/workflows/publish.yml")));
        String text = Files.readString(folder.resolve(".github/workflows/publish.yml"));
        assertTrue(workflow.containsKey("jobs"));
        assertTrue(text.contains("baocao build --strict"), text);
        assertTrue(text.contains("actions/upload-pages-artifact") && text.contains("actions/deploy-pages"), text);
        assertTrue(text.contains("pages: write") && text.contains("id-token: write"), "the permissions Pages needs");

        Diagnostics diagnostics = new Diagnostics();
        SiteConfig site = new SiteConfigLoader(diagnostics, folder.resolve("content")).load(new SourceFile("content/site.yaml",
                Files.readString(folder.resolve("content/site.yaml"))));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        assertEquals(Optional.of("https://tanphu-example.github.io/bao-cao/"), site.baseUrl());
    }

    @Test
    void gitlabPagesJobPublishesPublic(@TempDir Path folder) throws Exception {
        List<String> written = NewSite.create(folder, 2025, Optional.of(NewSite.Ci.GITLAB), Optional.empty(), new Diagnostics());
        assertTrue(written.contains(".gitlab-ci.yml"), written.toString());
        Map<String, Map<String, Object>> ci = new Yaml().load(Files.readString(folder.resolve(".gitlab-ci.yml")));
        Map<String, Object> pages = ci.get("pages");
        assertEquals(List.of("baocao build --strict --out public"), pages.get("script"));
        assertEquals(Map.of("paths", List.of("public")), pages.get("artifacts"));
        assertFalse(Files.readString(folder.resolve("content/site.yaml")).contains("base_url"), "no base_url unless given");
    }
}

package org.policymonitor.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Each table belongs to one module ({@code architecture/table-owners.txt}); only that module's code names it
 * in SQL (JDBC strings, native queries) or its entities in JPQL ({@code @Query}, {@code createQuery}) and
 * Spring Data repositories. Other modules use the owner's API or events. Flyway migrations are exempt: they
 * are the schema, not a module's access to it. The ArchUnit rules cannot see this, since a table name is a string.
 */
class TableOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/org/policymonitor");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db");

    @Test
    void noModuleNamesAnotherModulesTable() {
        Ownership ownership = Ownership.load();
        List<String> leaks = new ArrayList<>();
        for (Path file : mainSources()) {
            String module = moduleOf(file);
            if (module != null) {
                ownership.leaks(module, read(file)).forEach(leak -> leaks.add(MAIN.relativize(file) + ": " + leak));
            }
        }
        assertThat(leaks).as("code naming a table (or entity) of another module").isEmpty();
    }

    @Test
    void everyTableOfTheSchemaHasAnOwner() {
        Ownership ownership = Ownership.load();
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
        TreeSet<String> unowned = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> {
                Matcher m = create.matcher(read(f));
                while (m.find()) {
                    if (ownership.ownerOfTable(m.group(1)) == null) {
                        unowned.add(m.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(unowned).as("tables missing from architecture/table-owners.txt").isEmpty();
    }

    @Test
    void everyEntityLivesInTheModuleThatOwnsItsTable() {
        Ownership ownership = Ownership.load();
        assertThat(ownership.entities).isNotEmpty();
        List<String> misplaced = new ArrayList<>();
        ownership.entities.forEach((entity, e) -> {
            String owner = ownership.ownerOfTable(e.table());
            if (!e.module().equals(owner)) {
                misplaced.add(entity + " (module " + e.module() + ") maps " + e.table() + " (owned by " + owner + ")");
            }
        });
        assertThat(misplaced).isEmpty();
    }

    @Test
    void theRuleCatchesSqlJpqlAndRepositoryLeaks() {
        Ownership ownership = Ownership.load();
        String jdbc = """
                class X { void x() { jdbc.query("select m.id, p.name from tracking_stage s, party p "
                        + "join measure m on m.id = s.measure_id where 1 = 1", row); } }
                """;
        assertThat(ownership.leaks("tracking", jdbc)).containsExactlyInAnyOrder("measure (measure)", "party (party)");
        String textBlock = "class X { String s = \"\"\"\n    update periodic_report set due_date = ?\n    \"\"\"; }";
        assertThat(ownership.leaks("tracking", textBlock)).containsExactly("periodic_report (report)");
        String jpql = "class X { Object o = em.createQuery(\"select p from PartnerOrganisation p join p.party q\"); }";
        assertThat(ownership.leaks("admin", jpql)).containsExactly("PartnerOrganisation (party)");
        String repository = "interface R extends JpaRepository<UserAccount, Long> {}";
        assertThat(ownership.leaks("notification", repository)).containsExactly("UserAccount (security)");
        // the owner may, and prose or comments naming a table are not SQL
        assertThat(ownership.leaks("party", "class X { String s = \"select p.name from party p join ministry m \"\n"
                + "    + \"on m.party_id = p.id\"; }")).isEmpty();
        assertThat(ownership.leaks("tracking", """
                /** select status from measure (a comment) */
                class X { String help = "Pick a measure from party lists"; }
                """)).isEmpty();
    }

    static String moduleOf(Path file) {
        Path relative = MAIN.relativize(file);
        return relative.getNameCount() < 2 ? null : relative.getName(0).toString();
    }

    static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Entity(String module, String table) {
    }

    /** The owners file and the entities found in the main sources. */
    static final class Ownership {

        private static final Pattern SQL = Pattern.compile(
                "(?is)\\bselect\\b.+\\bfrom\\b|\\binsert\\s+into\\b|\\bupdate\\s+\\w+\\s+(?:\\w+\\s+)?set\\b|\\bdelete\\s+from\\b"
                        + "|\\bmerge\\s+into\\b");
        private static final Pattern AFTER_KEYWORD = Pattern.compile(
                "(?i)\\b(?:from|join|into|update|table)\\s+([A-Za-z_][A-Za-z0-9_]*)(?![A-Za-z0-9_.])");
        private static final Pattern FROM_LIST = Pattern.compile(
                "(?is)\\bfrom\\s+(.+?)(?=\\bwhere\\b|\\b(?:left|right|inner|outer|cross|full)?\\s*join\\b|\\border\\b"
                        + "|\\bgroup\\b|\\)|$)");
        private static final Pattern REPOSITORY = Pattern.compile("Repository<\\s*([A-Z][A-Za-z0-9_]*)\\s*,");

        final Map<String, String> tables = new LinkedHashMap<>();
        final Map<String, Entity> entities = new LinkedHashMap<>();

        static Ownership load() {
            Ownership ownership = new Ownership();
            try (var in = TableOwnershipTest.class.getResourceAsStream("/architecture/table-owners.txt")) {
                new String(in.readAllBytes()).lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(line -> {
                            String[] parts = line.split("\\s+");
                            ownership.tables.put(parts[0].toLowerCase(), parts[1]);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Pattern entity = Pattern.compile("@Entity\\b[\\s\\S]*?\\bclass\\s+([A-Z][A-Za-z0-9_]*)");
            Pattern table = Pattern.compile("@Table\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
            for (Path file : mainSources()) {
                String source = read(file);
                Matcher m = entity.matcher(source);
                if (m.find() && moduleOf(file) != null) {
                    Matcher t = table.matcher(source);
                    String name = t.find() ? t.group(1) : snakeCase(m.group(1));
                    ownership.entities.put(m.group(1), new Entity(moduleOf(file), name.toLowerCase()));
                }
            }
            return ownership;
        }

        String ownerOfTable(String name) {
            String table = name.toLowerCase();
            String owner = tables.get(table);
            if (owner != null) {
                return owner;
            }
            return tables.entrySet().stream()
                    .filter(e -> e.getKey().endsWith("*") && table.startsWith(e.getKey().substring(0, e.getKey().length() - 1)))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        /** "name (owner)" for every table or entity of another module that the source names. */
        List<String> leaks(String module, String source) {
            TreeSet<String> found = new TreeSet<>();
            for (String literal : JavaLiterals.of(source)) {
                if (!SQL.matcher(literal).find()) {
                    continue;
                }
                List<String> names = new ArrayList<>();
                Matcher m = AFTER_KEYWORD.matcher(literal);
                while (m.find()) {
                    names.add(m.group(1));
                }
                Matcher list = FROM_LIST.matcher(literal);
                while (list.find()) {
                    for (String item : list.group(1).split(",")) {
                        String first = item.strip().split("\\s+")[0];
                        if (first.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                            names.add(first);
                        }
                    }
                }
                names.forEach(name -> foreign(module, name).ifPresent(found::add));
            }
            Matcher repository = REPOSITORY.matcher(JavaLiterals.withoutComments(source));
            while (repository.find()) {
                foreign(module, repository.group(1)).ifPresent(found::add);
            }
            return new ArrayList<>(found);
        }

        private java.util.Optional<String> foreign(String module, String name) {
            Entity entity = entities.get(name);
            String owner = entity != null ? entity.module() : ownerOfTable(name);
            return owner == null || owner.equals(module) ? java.util.Optional.empty()
                    : java.util.Optional.of(name + " (" + owner + ")");
        }

        private static String snakeCase(String className) {
            return className.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
        }
    }
}

package org.policymonitor.tracking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.policymonitor.measure.MeasureService;
import org.policymonitor.party.Ministry;
import org.policymonitor.party.ReferenceData;
import org.policymonitor.party.ReportingCycle;
import org.policymonitor.security.AccountService;
import org.policymonitor.tracking.StageCounts;
import org.policymonitor.tracking.SubmissionFixtures;
import org.policymonitor.tracking.TrackedMeasure;
import org.policymonitor.tracking.TrackingIntegrationTest;
import org.policymonitor.testsupport.MutableClock;
import org.policymonitor.workflow.StepLogEntry;
import org.policymonitor.workflow.SubmissionWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;

/** An administrator opens the board, drills down to a ministry's measures and opens one submission. */
@TrackingIntegrationTest
@ViewPackages(packages = "org.policymonitor")
class BoardViewTest extends SpringBrowserlessTest {

    @Autowired
    MeasureService measures;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    AccountService accounts;
    @Autowired
    SubmissionWorkflow workflow;
    @Autowired
    MutableClock clock;

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid(String id) {
        return (Grid<T>) $(Grid.class).id(id);
    }

    @Test
    @WithUserDetails("admin")
    void theAdministratorDrillsDownFromTheBoardToOneSubmission() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Ministry ministry = fixtures.ministry("Ministry of Drill-down");
        Long id = fixtures.submitted(ministry, "Community radio grants", List.of());

        navigate(BoardView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Status of submissions");
        assertThat($(Html.class).all()).anySatisfy(html -> assertThat(html.getElement().getOuterHTML()).contains("<svg"));

        Grid<StageCounts> byMinistry = grid("board-by-ministry");
        int row = IntStream.range(0, test(byMinistry).size())
                .filter(i -> test(byMinistry).getRow(i).label().endsWith("Ministry of Drill-down")).findFirst()
                .orElseThrow();
        assertThat(test(byMinistry).getHeaderCell(2)).isEqualTo("In review");
        assertThat(test(byMinistry).getCellText(row, 2)).isEqualTo("1");

        test(byMinistry).clickRow(row);

        assertThat(getCurrentView()).isInstanceOf(BoardMeasuresView.class);
        Grid<TrackedMeasure> list = grid("board-measures");
        assertThat(test(list).size()).isEqualTo(1);
        assertThat(test(list).getRow(0).measureId()).isEqualTo(id);

        test(list).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(SubmissionTrackingView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Submission: Community radio grants");
        Grid<StepLogEntry> timeline = grid("submission-timeline");
        assertThat(test(timeline).size()).isPositive();
        assertThat(test(timeline).getCellText(0, 2)).isEqualTo("Submitted");
    }

    @Test
    @WithUserDetails("admin")
    void partiesAreNamedInTheReadersLanguageInTheGridAndTheChart() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        fixtures.submitted(fixtures.ministry("Ministry of Names"), "Names in the reader's language", List.of());
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);

        navigate(BoardView.class);
        Grid<StageCounts> byParty = grid("board-by-party");
        List<String> names = IntStream.range(0, test(byParty).size()).mapToObj(i -> test(byParty).getRow(i).label())
                .toList();
        assertThat(names).contains("Mongolie").doesNotContain("Mongolia");
        assertThat($(Html.class).all()).anySatisfy(html -> assertThat(html.getElement().getOuterHTML())
                .contains("<svg").contains("Mongolie"));
    }

    @Test
    @WithUserDetails("admin")
    void theBoardsFiltersLiveInTheAddressAndLatenessIsSaidInWords() {
        SubmissionFixtures fixtures = new SubmissionFixtures(measures, referenceData, accounts, workflow);
        Ministry ministry = fixtures.ministry("Ministry of Bookmarks");
        ReportingCycle cycle = referenceData.cycles().getLast();

        UI.getCurrent().navigate(BoardView.class,
                QueryParameters.simple(Map.of("cycle", cycle.getId().toString(), "overdue", "true")));
        assertThat(((ReportingCycle) $(ComboBox.class).first().getValue()).getId()).isEqualTo(cycle.getId());
        assertThat($(Checkbox.class).first().getValue()).isTrue();

        try {
            Instant start = Instant.now();
            clock.set(start);
            fixtures.submitted(ministry, "Bookmarked board grants", List.of());
            navigate("admin/board", BoardView.class);
            assertThat($(ComboBox.class).first().getValue()).isNull();
            assertThat($(Checkbox.class).first().getValue()).isFalse();
            assertThat(overdueCell("Ministry of Bookmarks")).isEqualTo("On time");

            clock.set(start.plus(Duration.ofDays(31)));
            navigate("admin/board", BoardView.class);
            Component late = overdueComponent("Ministry of Bookmarks");
            assertThat(late.getElement().getTextRecursively()).isEqualTo("1 overdue");
            assertThat(late.getElement().getThemeList()).contains("badge", "error");
            assertThat(late.getElement().getChild(0).getTag()).isEqualTo("vaadin-icon");
        } finally {
            clock.reset();
        }
    }

    private Component overdueComponent(String ministrySuffix) {
        Grid<StageCounts> byMinistry = grid("board-by-ministry");
        int row = IntStream.range(0, test(byMinistry).size())
                .filter(i -> test(byMinistry).getRow(i).label().endsWith(ministrySuffix)).findFirst().orElseThrow();
        int last = byMinistry.getColumns().size() - 1;
        assertThat(test(byMinistry).getHeaderCell(last)).isEqualTo("Overdue");
        return test(byMinistry).getCellComponent(row, last);
    }

    private String overdueCell(String ministrySuffix) {
        return overdueComponent(ministrySuffix).getElement().getTextRecursively();
    }
}

package fi.ekokartta.ecosystem.metrics;

import fi.ekokartta.actor.ActorSector;
import fi.ekokartta.base.domain.LocalizedText;

import java.util.List;
import java.util.UUID;

/** The ecosystem in figures, as {@link EcosystemMetrics} counts them. */
public final class EcosystemFigures {

    private EcosystemFigures() {
    }

    /** Active actors of one sector. */
    public record SectorCount(ActorSector sector, long actors) {
    }

    /** Active actors per sector, every sector listed (zero too), in the order of {@link ActorSector}. */
    public record SectorCoverage(List<SectorCount> sectors) {

        public long actors() {
            return sectors.stream().mapToLong(SectorCount::actors).sum();
        }

        /** Sectors with at least one active actor. */
        public long sectorsPresent() {
            return sectors.stream().filter(count -> count.actors() > 0).count();
        }

        /** Sectors present of all sectors, in whole per cents. */
        public int sharePercent() {
            return sectors.isEmpty() ? 0 : (int) Math.round(100.0 * sectorsPresent() / sectors.size());
        }
    }

    /** A column of the matrix: a municipality of the employment area. */
    public record MunicipalityColumn(String code, LocalizedText name) {
    }

    /** A row of the matrix: a top class and its published services in each column's municipality, in column order. */
    public record ClassRow(String code, LocalizedText name, List<Long> services) {

        public long gaps() {
            return services.stream().filter(count -> count == 0).count();
        }
    }

    /**
     * Published services per top class (a service counts under the top class of each of its
     * classes, once per top class) and municipality of the employment area. A service with no
     * municipality of its own serves the whole area and counts in every column. Zero cells are
     * gaps: a kind of service no one offers in that municipality.
     */
    public record ServiceMatrix(List<MunicipalityColumn> municipalities, List<ClassRow> classes) {

        public long gaps() {
            return classes.stream().mapToLong(ClassRow::gaps).sum();
        }

        /** The cell of a class and a municipality, by their codes; -1 when there is no such cell. */
        public long cell(String classCode, String municipalityCode) {
            int column = -1;
            for (int i = 0; i < municipalities.size(); i++) {
                if (municipalities.get(i).code().equals(municipalityCode)) {
                    column = i;
                }
            }
            if (column < 0) {
                return -1;
            }
            for (ClassRow row : classes) {
                if (row.code().equals(classCode)) {
                    return row.services().get(column);
                }
            }
            return -1;
        }
    }

    /** Occurrences of the cooperation calendar's events this year: held (up to and including today) and still to come. */
    public record EventCounts(int year, long held, long planned) {
    }

    /** Marked participants (present, absent or excused) in meetings held this year, and how many of them were present. */
    public record ForumAttendance(UUID forumId, LocalizedText forum, long present, long marked) {

        /** Present of marked, per cent with one decimal; 0 when nobody was marked. */
        public double percent() {
            return marked == 0 ? 0 : Math.round(1000.0 * present / marked) / 10.0;
        }
    }

    /** Attendance in all forums' meetings held this year, and per forum (by name). */
    public record AttendanceFigures(int year, long present, long marked, List<ForumAttendance> forums) {

        public double percent() {
            return marked == 0 ? 0 : Math.round(1000.0 * present / marked) / 10.0;
        }
    }

    /** Action items of all meetings: done, open, and of the open those past their due date. */
    public record ActionItemCounts(long done, long open, long overdue) {
    }

    /** Every figure at once, for the page. */
    public record All(SectorCoverage sectors, ServiceMatrix services, EventCounts events, AttendanceFigures attendance,
                      ActionItemCounts actionItems) {
    }
}

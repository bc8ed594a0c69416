package fi.ekokartta.exchange.api;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.server.ResponseStatusException;

import static org.assertj.core.api.Assertions.assertThat;

class HsdsProblemsTest {

    private final HsdsProblems problems = new HsdsProblems();

    @Test
    void a_failure_of_ours_is_a_500_problem_that_does_not_show_the_cause() {
        ProblemDetail problem = problems.unexpected(new IllegalStateException("connection to 10.0.0.7 refused"));

        assertThat(problem.getStatus()).isEqualTo(500);
        assertThat(problem.getDetail()).contains("error in Ekokartta").doesNotContain("10.0.0.7");
    }

    @Test
    void an_error_spring_answers_itself_keeps_its_status() {
        ProblemDetail problem = problems.unexpected(new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "only JSON"));

        assertThat(problem.getStatus()).isEqualTo(406);
        assertThat(problem.getDetail()).isEqualTo("only JSON");
    }
}

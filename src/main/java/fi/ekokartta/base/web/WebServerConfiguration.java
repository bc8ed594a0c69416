package fi.ekokartta.base.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Puts the parameter check in front of everything, and the application's own error page where
 * Spring's error controller (its "whitelabel" page) and Tomcat would answer.
 */
@Configuration(proxyBeanMethods = false)
class WebServerConfiguration {

    /**
     * Right after Spring's character-encoding filter (which must come first, so that form bodies
     * are read as UTF-8) and before Spring Security, Vaadin and the API.
     */
    @Bean
    FilterRegistrationBean<RequestParameterCheck> requestParameterCheck() {
        FilterRegistrationBean<RequestParameterCheck> registration = new FilterRegistrationBean<>(new RequestParameterCheck());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** Error pages of Spring's error controller (e.g. 403, 404 outside Vaadin's views) for browsers. */
    @Bean
    ErrorViewResolver ownErrorPages() {
        return (request, status, model) -> {
            View page = (values, servletRequest, response) ->
                    ErrorAnswer.write(response, null, status.value(), ErrorAnswer.Reason.of(status.value()), "");
            ModelAndView answer = new ModelAndView(page);
            answer.setStatus(status);
            return answer;
        };
    }

    /**
     * Spring Boot adds Tomcat's error report valve (without details) to the host; ours replaces it.
     * Ordered last so that Boot's valve is already there to be replaced.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> ownErrorReport() {
        return new OrderedCustomizer();
    }

    private static final class OrderedCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(OwnErrorReportValve.class.getName());
                host.getPipeline().addValve(new OwnErrorReportValve());
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}

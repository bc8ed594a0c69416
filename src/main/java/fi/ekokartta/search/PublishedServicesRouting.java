package fi.ekokartta.search;

import fi.ekokartta.offering.Offering;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;

/**
 * Only published services are in the search index: a draft is indexed when it is published and
 * leaves the index when it is archived. Every search is of published services, so no query needs
 * to leave the others out (on 100 000 services that exclusion cost about a twentieth of each
 * search), and drafts' words never reach the index at all.
 */
public class PublishedServicesRouting implements RoutingBinder {

    @Override
    public void bind(RoutingBindingContext context) {
        context.dependencies().use("status");
        context.bridge(Offering.class, new Bridge());
    }

    private static final class Bridge implements RoutingBridge<Offering> {

        @Override
        public void route(DocumentRoutes routes, Object entityIdentifier, Offering offering,
                          RoutingBridgeRouteContext context) {
            if (offering.isPublished()) {
                routes.addRoute();
            } else {
                routes.notIndexed();
            }
        }

        /** Before the change being indexed the service may have been published: its document may need removing. */
        @Override
        public void previousRoutes(DocumentRoutes routes, Object entityIdentifier, Offering offering,
                                   RoutingBridgeRouteContext context) {
            routes.addRoute();
        }
    }
}

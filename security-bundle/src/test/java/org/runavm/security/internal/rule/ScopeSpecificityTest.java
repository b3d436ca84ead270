package org.runavm.security.internal.rule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** How each kind of scope matches and ranks subjects. */
class ScopeSpecificityTest {

    private static Subject path(String p) {
        return new Subject.PathSubject(Path.of(p));
    }

    private static Subject endpoint(String host, int port) {
        return new Subject.Endpoint(host, port);
    }

    @Test
    void pathScopeCoversTheDirectoryAndBelowButNotSiblingsWithTheSamePrefix() {
        PathScope data = new PathScope(Path.of("/data"));
        assertTrue(data.specificity(path("/data")) > 0);
        assertTrue(data.specificity(path("/data/x/y")) > 0);
        assertEquals(Scope.NO_MATCH, data.specificity(path("/database")));
        assertEquals(Scope.NO_MATCH, data.specificity(path("/")));
        assertEquals(Scope.NO_MATCH, data.specificity(new Subject.Name("/data")));
    }

    @Test
    void deeperPathIsMoreSpecific() {
        long root = new PathScope(Path.of("/")).specificity(path("/app/data/x"));
        long app = new PathScope(Path.of("/app")).specificity(path("/app/data/x"));
        long appData = new PathScope(Path.of("/app/data")).specificity(path("/app/data/x"));
        assertTrue(root > 0 && app > root && appData > app);
    }

    @Test
    void anyScopeMatchesEverythingLeastSpecifically() {
        assertEquals(0, new AnyScope().specificity(path("/x")));
        assertTrue(new PathScope(Path.of("/")).specificity(path("/x")) > 0);
        assertTrue(new NameScope("A", true).specificity(new Subject.Name("AB")) > 0);
    }

    @Test
    void exactHostBeatsWildcardBeatsStar() {
        Subject api = endpoint("api.example.com", 443);
        long exact = new EndpointScope("api.example.com", -1, -1).specificity(api);
        long wildcard = new EndpointScope("*.example.com", -1, -1).specificity(api);
        long shortWildcard = new EndpointScope("*.com", -1, -1).specificity(api);
        long star = new EndpointScope("*", -1, -1).specificity(api);
        assertTrue(exact > wildcard && wildcard > shortWildcard && shortWildcard > star && star >= 0);
    }

    @Test
    void wildcardCoversSubdomainsOnly() {
        EndpointScope scope = new EndpointScope("*.example.com", -1, -1);
        assertTrue(scope.specificity(endpoint("a.example.com", 1)) > 0);
        assertTrue(scope.specificity(endpoint("a.b.example.com", 1)) > 0);
        assertEquals(Scope.NO_MATCH, scope.specificity(endpoint("example.com", 1)));
        assertEquals(Scope.NO_MATCH, scope.specificity(endpoint("badexample.com", 1)));
    }

    @Test
    void portRangesMatchInclusivelyAndNarrowerIsMoreSpecific() {
        EndpointScope range = new EndpointScope("localhost", 8000, 9000);
        assertTrue(range.specificity(endpoint("localhost", 8000)) > 0);
        assertTrue(range.specificity(endpoint("localhost", 9000)) > 0);
        assertEquals(Scope.NO_MATCH, range.specificity(endpoint("localhost", 7999)));
        assertEquals(Scope.NO_MATCH, range.specificity(endpoint("localhost", 9001)));
        assertEquals(Scope.NO_MATCH, range.specificity(endpoint("localhost", -1)));
        long single = new EndpointScope("localhost", 8080, 8080).specificity(endpoint("localhost", 8080));
        long anyPort = new EndpointScope("localhost", -1, -1).specificity(endpoint("localhost", 8080));
        assertTrue(single > range.specificity(endpoint("localhost", 8080)));
        assertTrue(range.specificity(endpoint("localhost", 8080)) > anyPort);
    }

    @Test
    void hostOutranksPort() {
        Subject s = endpoint("api.example.com", 443);
        long exactHostAnyPort = new EndpointScope("api.example.com", -1, -1).specificity(s);
        long wildcardExactPort = new EndpointScope("*.example.com", 443, 443).specificity(s);
        assertTrue(exactHostAnyPort > wildcardExactPort);
    }

    @Test
    void namesMatchExactlyOrByPrefixExactFirst() {
        NameScope exact = new NameScope("AWS_KEY", false);
        NameScope prefix = new NameScope("AWS_", true);
        NameScope shorter = new NameScope("A", true);
        Subject key = new Subject.Name("AWS_KEY");
        assertTrue(exact.specificity(key) > prefix.specificity(key));
        assertTrue(prefix.specificity(key) > shorter.specificity(key));
        assertEquals(Scope.NO_MATCH, exact.specificity(new Subject.Name("AWS_KEY2")));
        assertEquals(Scope.NO_MATCH, exact.specificity(new Subject.Name("aws_key")));
        assertEquals(Scope.NO_MATCH, prefix.specificity(new Subject.Name("HOME")));
    }
}

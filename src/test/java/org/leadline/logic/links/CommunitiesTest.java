package org.leadline.logic.links;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CommunitiesTest {

    @Test
    void denseGroupsJoinedByOneLinkAreTheirOwnClustersAndLoneLeadsAreInNone() {
        LinkGraph graph = TestGraphs.groups(3, 6, 4, 2);

        assertThat(graph.networks()).hasSize(3);
        for (Network network : graph.networks()) {
            assertThat(network.size()).isEqualTo(6);
            assertThat(network.links()).isEqualTo(15);
            // Each cluster is one of the constructed groups: its leads are numbered consecutively.
            Set<Long> groups = network.members().stream().map(node -> node.id().getLeastSignificantBits() / 6).collect(Collectors.toSet());
            assertThat(groups).hasSize(1);
        }
        List<LinkNode> lone = graph.nodes().subList(18, 22);
        assertThat(lone).allSatisfy(node -> assertThat(graph.clusterOf(node.id())).isEqualTo(LinkGraph.NO_CLUSTER));
    }

    @Test
    void theNetworkWithAPossibleFacilitatorRanksFirstAndListsItFirst() {
        LinkGraph graph = TestGraphs.groups(3, 6, 0, 2);

        Network first = graph.topNetworks(1).get(0);
        assertThat(first.cluster()).isZero();
        assertThat(first.facilitators()).isEqualTo(1);
        assertThat(first.members().get(0).possibleFacilitator()).isTrue();
        assertThat(first.phoneCountries()).containsExactly(java.util.Map.entry("LY", 6));
        assertThat(graph.clusterOf(first.members().get(3).id())).isZero();
        assertThat(graph.topNetworks(10)).hasSize(3);
        assertThat(graph.topNetworks(0)).isEmpty();
    }

    @Test
    void theSameGraphGivesTheSameClustersOnEveryRun() {
        LinkGraph once = TestGraphs.random(3_000, 1.5, 42);
        LinkGraph again = TestGraphs.random(3_000, 1.5, 42);

        assertThat(once.networks()).hasSizeGreaterThan(20);
        assertThat(again.networks()).hasSameSizeAs(once.networks());
        for (int i = 0; i < once.networks().size(); i++) {
            assertThat(again.networks().get(i).members()).extracting(LinkNode::id)
                    .containsExactlyElementsOf(once.networks().get(i).members().stream().map(LinkNode::id).toList());
        }
        for (LinkNode node : once.nodes()) {
            assertThat(again.clusterOf(node.id())).isEqualTo(once.clusterOf(node.id()));
        }
    }
}

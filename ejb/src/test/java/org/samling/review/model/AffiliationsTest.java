package org.samling.review.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ways of writing one institution meet; different institutions stay apart. */
class AffiliationsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Aalborg Universitet|Aalborg University",
            "Aalborg Universitet|AAU",
            "AALBORG UNIVERSITET, Institut for Sociologi og Socialt Arbejde|aalborg universitet",
            "Københavns Universitet|University of Copenhagen",
            "Københavns Universitet|KU",
            "Kobenhavns Universitet|Københavns Universitet",
            "Aarhus Universitet|Århus Universitet",
            "Aarhus University|AU",
            "Universitetet i Oslo|University of Oslo",
            "Universitetet i Oslo|UiO",
            "OsloMet – storbyuniversitetet|Oslo Metropolitan University",
            "Norges teknisk-naturvitenskapelige universitet|NTNU",
            "Stockholms universitet|Stockholm University",
            "Göteborgs universitet|University of Gothenburg",
            "Goeteborgs universitet|Göteborgs universitet",
            "Lunds universitet|Lund University",
            "Umeå universitet|Umea University",
            "Københavns Professionshøjskole|KP",
            "Høje-Taastrup Kommune|Hoeje-Taastrup Kommune",
            "Høje-Taastrup Kommune|Hoje-Taastrup Kommune",
    })
    void theseAreOneInstitution(String a, String b) {
        assertTrue(Affiliations.same(a, b), a + " ~ " + b + ": " + Affiliations.normalise(a) + " / " + Affiliations.normalise(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Aalborg Universitet|Aarhus Universitet",
            "Stockholms universitet|Stockholms stad",
            "Universitetet i Oslo|Universitetet i Bergen",
            "Københavns Universitet|Københavns Kommune",
            "Lunds universitet|Linköpings universitet",
            "''|''",
    })
    void theseAreNot(String a, String b) {
        assertFalse(Affiliations.same(a, b),
                a + " ~ " + b + ": " + Affiliations.normalise(a) + " / " + Affiliations.normalise(b));
    }
}

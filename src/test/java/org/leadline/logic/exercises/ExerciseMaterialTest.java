package org.leadline.logic.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.leadline.logic.documents.DocumentService;
import org.leadline.logic.documents.MrzReading;
import org.leadline.logic.selectors.Selector;
import org.leadline.logic.selectors.SelectorExtractor;

/** The generated material shows exactly what its key expects, in a form the app's own readers take back. */
class ExerciseMaterialTest {
    private final List<MaterialItem> items = ExerciseMaterial.generate(18, 42);

    @Test
    void theSameSeedGivesTheSameMaterial() {
        List<MaterialItem> again = ExerciseMaterial.generate(18, 42);
        assertThat(again).extracting(MaterialItem::text).isEqualTo(items.stream().map(MaterialItem::text).toList());
        assertThat(again.get(0).image()).isEqualTo(items.get(0).image());
    }

    @Test
    void everyLeadAnswerIsFoundInItsPostsText() {
        for (MaterialItem item : items) {
            Set<String> extracted = new SelectorExtractor("IT").extract(item.text()).stream().map(Selector::canonical)
                    .collect(Collectors.toSet());
            for (Answer answer : item.answers()) {
                if (answer.target().leadKind() != null) {
                    String canonical = AnswerKey.canonical(answer.target().leadKind(), answer.value(), "IT");
                    assertThat(extracted).as(item.text()).contains(canonical);
                }
            }
        }
    }

    @Test
    void specimenZonesReadBackWithEveryCheckDigit() {
        List<MaterialItem> documents = items.stream().filter(i -> i.kind().equals("document")).toList();
        assertThat(documents).hasSize(6);
        for (MaterialItem document : documents) {
            String zone = document.text().substring(document.text().indexOf('\n') + 1);
            MrzReading reading = DocumentService.read(zone);
            assertThat(reading.valid()).as(zone).isTrue();
            assertThat(document.answers().get(0).value()).startsWith("passport:UTO:");
        }
    }

    @Test
    void materialComesInEnglishFrenchAndArabicAndItsImagesDecode() throws Exception {
        assertThat(items).extracting(MaterialItem::language).contains("en", "fr", "ar");
        String arabic = items.stream().filter(i -> i.language().equals("ar") && i.kind().equals("advert")).findFirst().orElseThrow().text();
        assertThat(MaterialFonts.draws(MaterialImages.displayable(arabic))).as("the material font draws " + arabic).isTrue();
        for (MaterialItem item : items) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(item.image()));
            assertThat(image.getWidth()).isGreaterThanOrEqualTo(720);
        }
        assertThat(MaterialImages.displayable("🇱🇾➡️🇮🇹 go")).isEqualTo("[LY] → [IT] go");
    }

    @Test
    void flagsAreDrawnInTheImagesAndTheirCodesKeptInOrder() {
        java.util.List<String> codes = new java.util.ArrayList<>();
        assertThat(MaterialImages.drawable("🇱🇾➡️🇮🇹 go", codes)).isEqualTo("\uFFFC → \uFFFC go");
        assertThat(codes).containsExactly("LY", "IT");
        BufferedImage italy = MaterialFlags.of("IT", 20);
        assertThat(italy.getWidth()).isEqualTo(30);
        assertThat(new java.awt.Color(italy.getRGB(5, 10))).isEqualTo(new java.awt.Color(0x009246));
        assertThat(new java.awt.Color(italy.getRGB(15, 10))).isEqualTo(java.awt.Color.WHITE);
        assertThat(new java.awt.Color(italy.getRGB(25, 10))).isEqualTo(new java.awt.Color(0xCE1126));
        BufferedImage libya = MaterialFlags.of("LY", 20);
        assertThat(new java.awt.Color(libya.getRGB(3, 2))).isEqualTo(new java.awt.Color(0xE70013));
        assertThat(new java.awt.Color(libya.getRGB(3, 17))).isEqualTo(new java.awt.Color(0x239E46));
    }
}

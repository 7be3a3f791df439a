package org.newsum.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * The expected numbers come from perl 5.36 on Linux: {@code srand}/{@code rand} directly, and the averages
 * from the script's own {@code computeAverages} and {@code bootstrapResampling} code run on the same invented
 * counts.
 */
class RougeAverageTest {

    @Test
    void perlRandomDrawsPerlsNumbers() {
        PerlRandom zero = new PerlRandom(0); // perl -e 'srand(0); printf "%.17g\n", rand() for 1..3'
        assertThat(zero.next()).isEqualTo(0.17082803610628972);
        assertThat(zero.next()).isEqualTo(0.74990198048496381);
        assertThat(zero.next()).isEqualTo(0.09637165562356742);
        assertThat(new PerlRandom(1).next()).isEqualTo(0.041630344771878214);
        assertThat(new PerlRandom(999).next()).isEqualTo(0.10233439302919933);
        assertThat(new PerlRandom(4294967295L).next()).isEqualTo(0.30002572744070122);

        PerlRandom indices = new PerlRandom(0); // int(rand(23)), eight times
        List<Integer> drawn = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            drawn.add(indices.index(23));
        }
        assertThat(drawn).containsExactly(3, 17, 2, 20, 13, 18, 15, 8);
    }

    /** 23 invented summaries: ids in no order (some extend another id by "-b"), hits and counts made up. */
    private static List<RougeAverage.Scored> invented() {
        List<RougeAverage.Scored> out = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String id = i % 5 != 0 ? "d" + (i * 7 % 23 + 1) : "d" + (i + 1) + "-b";
            int hits = i * 37 % 50 + 3;
            int reference = 64 + i * 11 % 40;
            int system = 70 + i * 13 % 35;
            out.add(new RougeAverage.Scored(id,
                    new RougeScores(Map.of("ROUGE-1", Score.of(hits, reference, system, 0.5)))));
        }
        return out;
    }

    @Test
    void theOfficialAverageIsTheScriptsPrintedBootstrapMean() {
        RougeOptions official = RougeOptions.STANDARD.withAverage(RougeOptions.Average.OFFICIAL);
        Score s = RougeAverage.of(invented(), official).get("ROUGE-1");
        // the script prints: Average_R: 0.34237  Average_P: 0.31214  Average_F: 0.32448
        assertThat(s).isEqualTo(new Score(0.34237, 0.31214, 0.32448));

        // the summaries are taken in the script's key order, whatever order they come in
        List<RougeAverage.Scored> shuffled = new ArrayList<>(invented());
        Collections.shuffle(shuffled, new Random(3));
        assertThat(RougeAverage.of(shuffled, official).get("ROUGE-1")).isEqualTo(s);
    }

    @Test
    void theDefaultIsTheExactMean() {
        Score mean = RougeAverage.of(invented(), RougeOptions.STANDARD).get("ROUGE-1");
        // the mean of the script's per-summary numbers is R 0.3385322, P 0.3090322, F 0.3210657;
        // the exact scores differ from those by their rounding only
        Offset<Double> rounding = Offset.offset(0.000006);
        assertThat(mean.r()).isCloseTo(0.3385322, rounding);
        assertThat(mean.p()).isCloseTo(0.3090322, rounding);
        assertThat(mean.f()).isCloseTo(0.3210657, rounding);
        assertThat(RougeAverage.of(List.of(), RougeOptions.STANDARD).scores()).isEmpty();
    }

    @Test
    void numbersAreRoundedAsCPrintsThem() {
        assertThat(RougeAverage.round5(1.0 / 64)).isEqualTo(0.01562);   // an exact half: to even
        assertThat(RougeAverage.round5(3.0 / 64)).isEqualTo(0.04688);
        assertThat(RougeAverage.round5(0.000005)).isEqualTo(0.00001);   // the double is a little above the half
        assertThat(RougeAverage.round5(2.0 / 3)).isEqualTo(0.66667);
    }

    @Test
    void idsSortAsPerlStrings() {
        // "d11-b.X" before "d11.X" because '-' sorts before '.'; "d10" before "d9"; code points, not UTF-16
        assertThat(RougeAverage.perlStringOrder("d11-b.", "d11.")).isNegative();
        assertThat(RougeAverage.perlStringOrder("d10.", "d9.")).isNegative();
        assertThat(RougeAverage.perlStringOrder("d1.", "d1.")).isZero();
        assertThat(RougeAverage.perlStringOrder("\uFB01.", "\uD83D\uDE00.")).isNegative();
    }
}

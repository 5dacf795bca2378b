import Figures
import Testing

/// Exact text of the figures a course reader sees most.
@Suite struct PlotSnapshotTests {
    /// A hard threshold beside its sigmoid: the step jumps straight up in one column.
    @Test func stepBesideSigmoid() {
        let expected = """
                                     precision vs score
        value
        1.0 +                                 *****************oooooooooooooooo
            |                                 *          ooooooo
            |                                 *       oooo
        0.8 +                                 *     ooo
            |                                 *   ooo
            |                                 * ooo
        0.6 +                                 *oo
            |                                ooo
            |                               oo*
        0.4 +                              oo *
            |                            ooo  *
            |                          ooo    *
        0.2 +                        ooo      *
            |                     oooo        *
            |               ooooooo           *
        0.0 +oooooooooooooooo******************
            ++------------+------------+------------+------------+------------+-
            0.0          0.2          0.4          0.6          0.8          1.0
                                           score
             * hard   o soft
        """
        #expect(Samples.stepBesideSigmoid().ascii() == expected)
    }

    /// Their derivatives: a flat zero beside a bell.
    @Test func zeroBesideBell() {
        let expected = """
                                        derivative
        4 +
          |
          |
          |                                oooo
        3 +                              ooo  ooo
          |                             oo      oo
          |                           ooo        ooo
        2 +                          oo            oo
          |                         oo              oo
          |                        oo                oo
          |                      ooo                  ooo
        1 +                    ooo                      ooo
          |                  ooo                          ooo
          |               oooo                              oooo
          |         ooooooo                                    ooooooo
        0 +oooooooooo************************************************oooooooooo
          ++------------+-------------+------------+-------------+------------+-
          0.0          0.2           0.4          0.6           0.8          1.0
                                          score
           * hard ∂   o soft ∂
        """
        #expect(Samples.zeroBesideBell().ascii() == expected)
    }

    /// The two side by side, drawing areas level, caption below.
    @Test func signature() {
        let expected = """
                          value                                derivative
        1.00 +               *******oooooooo     4 +
             |               *   oooo              |
             |               * ooo                 |               ooo
        0.75 +               *oo                 3 +              oo oo
             |               oo                    |             oo   oo
        0.50 +              oo                   2 +            oo     oo
             |              o*                     |            o       o
             |             oo*                     |           oo       oo
        0.25 +            oo *                   1 +          oo         oo
             |          ooo  *                     |        ooo           ooo
             |       oooo    *                     |     oooo               oooo
        0.00 +oooooooo********                   0 +oooooo*********************oooooo
             ++--------------+-------------+-      ++---------------+---------------+-
             0.0            0.5           1.0      0.0             0.5             1.0
                          score                                   score
              * hard   o soft                       * hard ∂   o soft ∂

        A threshold has no useful slope; its sigmoid surrogate does.
        """
        #expect(Samples.signature().ascii() == expected)
    }

    /// A finite-difference derivative: one tall spike on a zero line.
    @Test func derivativeSpike() {
        let expected = """
                                finite differences of a step
        slope
        100 +                                **
            |                                **
            |                                **
         50 +                                **
            |                                **
            |                                **
            |                                **
          0 +******************************************************************
            ++------------+------------+------------+------------+------------+-
            0.0          0.2          0.4          0.6          0.8          1.0
                                           score
             * hard ∂ (h = 0.01)
        """
        #expect(Samples.derivativeSpike().ascii() == expected)
    }

    /// Tied points share a cell; where classes tie, the later series shows.
    @Test func scatterWithTies() {
        let expected = """
                            scores by label
        label
        1.0 +                         *                  *
            |
        0.5 +                         o
            |
            |
        0.0 +o            o                 o
            ++------------+-----------+------------+------
            0.2          0.4         0.6          0.8
                                 score
             * positives   o negatives
        """
        #expect(Samples.scatterWithTies().ascii() == expected)
    }

    /// Negative values on both axes, labels with their minus signs.
    @Test func negativeRanges() {
        let expected = """
                                log-likelihood
        log σ(z)
        -1 +
           |                                             *********
        -2 +                                    **********
           |                           **********
        -3 +                   *********
           |          **********
           |  *********
        -4 +***
           |
        -5 +
           ++--------+--------+--------+-------+--------+--------+--
           -4.0     -3.5     -3.0     -2.5    -2.0     -1.5     -1.0
                                    logit
            * log σ(z)
        """
        #expect(Samples.negativeRanges().ascii() == expected)
    }

    /// A single point: each axis widens around it to round values.
    @Test func singlePoint() {
        let expected = """
                         one sample
        0.6 +
            |
            |                 *
            |
        0.4 +
            ++-------+--------+-------+-------+-
            1.0     1.5      2.0     2.5     3.0
             * p
        """
        #expect(Samples.singlePoint().ascii() == expected)
    }

    /// Nothing finite: an empty frame, and the legend says why.
    @Test func allNaN() {
        let expected = """
                  undefined everywhere
        1 +
          |
          |
          |
        0 +
          ++--------+-------+--------+-------+--
          0.00     0.25    0.50     0.75    1.00
           * 0 / 0 (no finite points)
        """
        #expect(Samples.allNaN().ascii() == expected)
    }

    /// NaN and -inf leave a gap; the author's ranges are kept exactly.
    @Test func gaps() {
        let expected = """
                                     log x
         2 +
           |
           |                                       *****************
           |                            ************
         0 +                      *******
           |                   ****
           |                ****
        -2 +               **
           |               *
           |
           ++-------------+-------------+------------+-------------+
            -1            0             1            2             3
                                       x
            * log
        """
        #expect(Samples.gaps().ascii() == expected)
    }

    /// Braille: 2x4 dots a cell; the surrogate is dotted, told apart from the solid step.
    @Test func braille() {
        let expected = """
                               precision vs score
         value
        1.00 ┤                          ⢸⠉⠉⠉⠉⠉⠉⠉⠉⠉⠉⡉⡩⠩⠩⠋⠋⠋⠋⠋⠉⠉⠉⠉⠉⠉⠉
             │                          ⢸      ⡀⡠⠊⠈
             │                          ⢸    ⡠⠊
        0.75 ┤                          ⢸  ⡠⠊
             │                          ⢸ ⡠⠂
        0.50 ┤                          ⣸⠊
             │                         ⡠⢺
             │                       ⠠⠊ ⢸
        0.25 ┤                      ⡠⠊  ⢸
             │                    ⡠⠊    ⢸
             │                ⡀⡠⠊⠈      ⢸
        0.00 ┤⣀⣀⣀⣀⣀⣀⣀⣠⣠⣠⣠⣠⣂⣂⣊⣈⣀⣀⣀⣀⣀⣀⣀⣀⣀⣀⣸
             └┬─────────┬──────────┬─────────┬──────────┬─────────┬─
             0.0       0.2        0.4       0.6        0.8       1.0
                                      score
              ⠒⠒ hard   ⠂⠂ soft
        """
        #expect({ var plot = Samples.stepBesideSigmoid(); plot.style = .braille; return plot.text(width: 60, height: 12) }() == expected)
    }
}

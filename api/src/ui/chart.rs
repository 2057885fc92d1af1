//! A small line chart drawn on the server as inline SVG: no script, no image request, styled by
//! the stylesheet (the Content-Security-Policy allows no inline styles; presentation comes from
//! classes).
//!
//! The chart is an image with a name and a description (`role="img"`, `<title>`, `<desc>`);
//! pages give its numbers in a table as well. In a right-to-left page the time axis runs from
//! right to left, as the page's text does, and the value labels stand on the right: the
//! x coordinates are mirrored, and the labels keep their logical anchors (`start`, `end`) under
//! the page's `direction`.

use maud::{html, Markup};

/// The drawing's size in user units (it scales to the width it is given).
const WIDTH: f64 = 360.0;
const HEIGHT: f64 = 170.0;
/// Room for the value labels (on the start side), the end side, the top and the date labels.
const MARGIN_START: f64 = 50.0;
const MARGIN_END: f64 = 14.0;
const MARGIN_TOP: f64 = 12.0;
const MARGIN_BOTTOM: f64 = 30.0;

/// What a chart shows.
pub struct LineChart<'a> {
    /// The element id; the title and description get `<id>-title` and `<id>-desc`.
    pub id: &'a str,
    /// Its name, for the image.
    pub title: String,
    /// The numbers in a sentence, for those who do not see the drawing.
    pub desc: String,
    /// The values, oldest first, evenly spaced.
    pub values: &'a [u64],
    /// The values written for reading (the page's digits), in the same order.
    pub value_label: &'a dyn Fn(u64) -> String,
    /// Labels under the first and last values (dates, say).
    pub first_label: String,
    /// See `first_label`.
    pub last_label: String,
    /// True for a right-to-left page.
    pub rtl: bool,
}

/// The smallest of 1, 2, 5, 10, 20, 50… that is at least `n` (the chart's top).
pub fn nice_ceiling(n: u64) -> u64 {
    let mut step = 1u64;
    loop {
        for factor in [1, 2, 5] {
            let candidate = step.saturating_mul(factor);
            if candidate >= n {
                return candidate;
            }
        }
        if step > u64::MAX / 10 {
            return u64::MAX;
        }
        step *= 10;
    }
}

fn round(x: f64) -> String {
    format!("{:.1}", x)
}

impl LineChart<'_> {
    /// The x of the value at `i`, mirrored in a right-to-left chart.
    fn x(&self, i: usize) -> f64 {
        let plot = WIDTH - MARGIN_START - MARGIN_END;
        let n = self.values.len();
        let ltr = if n <= 1 {
            MARGIN_START + plot / 2.0
        } else {
            MARGIN_START + plot * i as f64 / (n - 1) as f64
        };
        self.mirror(ltr)
    }

    fn mirror(&self, x: f64) -> f64 {
        if self.rtl {
            WIDTH - x
        } else {
            x
        }
    }

    fn y(&self, value: u64, top: u64) -> f64 {
        let plot = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM;
        MARGIN_TOP + plot - plot * value as f64 / top.max(1) as f64
    }

    /// The chart.
    pub fn render(&self) -> Markup {
        let top = nice_ceiling(self.values.iter().copied().max().unwrap_or(0).max(1));
        let title_id = format!("{}-title", self.id);
        let desc_id = format!("{}-desc", self.id);
        let points: Vec<(f64, f64)> = self
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| (self.x(i), self.y(*v, top)))
            .collect();
        let line: Vec<String> = points
            .iter()
            .map(|(x, y)| format!("{},{}", round(*x), round(*y)))
            .collect();
        let (start, end) = (self.mirror(MARGIN_START), self.mirror(WIDTH - MARGIN_END));
        let label_x = self.mirror(MARGIN_START - 6.0);
        let base = HEIGHT - MARGIN_BOTTOM;
        let n = self.values.len();
        html! {
            svg.chart id=(self.id) role="img" aria-labelledby={ (title_id) " " (desc_id) }
                viewBox={ "0 0 " (WIDTH) " " (HEIGHT) } width=(WIDTH) height=(HEIGHT)
                direction=(if self.rtl { "rtl" } else { "ltr" })
                preserveAspectRatio="xMidYMid meet" {
                title id=(title_id) { (self.title) }
                desc id=(desc_id) { (self.desc) }
                g.grid {
                    @for value in [0, top / 2, top] {
                        @let y = round(self.y(value, top));
                        line x1=(round(start)) x2=(round(end)) y1=(y) y2=(y) {}
                    }
                }
                g.labels {
                    @for value in [0, top / 2, top] {
                        text x=(round(label_x)) y=(round(self.y(value, top) + 4.0)) text-anchor="end" {
                            ((self.value_label)(value))
                        }
                    }
                    @if n > 0 {
                        text x=(round(self.x(0))) y=(round(base + 20.0))
                            text-anchor=(if n == 1 { "middle" } else { "start" }) { (self.first_label) }
                    }
                    @if n > 1 {
                        text x=(round(self.x(n - 1))) y=(round(base + 20.0)) text-anchor="end" { (self.last_label) }
                    }
                }
                @if n > 1 {
                    polyline.line points=(line.join(" ")) {}
                }
                g.points {
                    @for (x, y) in &points {
                        circle cx=(round(*x)) cy=(round(*y)) r="3.5" {}
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_top_is_a_round_number_at_least_the_highest_value() {
        let cases = [
            (0, 1),
            (1, 1),
            (2, 2),
            (3, 5),
            (6, 10),
            (11, 20),
            (155, 200),
            (201, 500),
            (5001, 10000),
        ];
        for (n, top) in cases {
            assert_eq!(nice_ceiling(n), top, "{n}");
        }
        assert_eq!(nice_ceiling(u64::MAX), u64::MAX);
    }

    fn chart(values: &[u64], rtl: bool) -> String {
        let label = |v: u64| v.to_string();
        LineChart {
            id: "c",
            title: "Records <after> harvests".into(),
            desc: "from 3 to 9".into(),
            values,
            value_label: &label,
            first_label: "1 Jan".into(),
            last_label: "9 Jan".into(),
            rtl,
        }
        .render()
        .into_string()
    }

    /// The x coordinates of the points, in order.
    fn xs(svg: &str) -> Vec<f64> {
        svg.split("<circle cx=\"")
            .skip(1)
            .map(|rest| rest[..rest.find('"').unwrap()].parse().unwrap())
            .collect()
    }

    #[test]
    fn an_image_with_a_name_and_a_description_and_escaped_text() {
        let svg = chart(&[3, 5, 9], false);
        assert!(
            svg.starts_with(
                "<svg class=\"chart\" id=\"c\" role=\"img\" aria-labelledby=\"c-title c-desc\""
            ),
            "{svg}"
        );
        assert!(svg.contains("<title id=\"c-title\">Records &lt;after&gt; harvests</title>"));
        assert!(svg.contains("<desc id=\"c-desc\">from 3 to 9</desc>"));
        assert!(svg.contains("<polyline class=\"line\""));
        assert_eq!(xs(&svg).len(), 3);
        // The top label is the round number above the highest value.
        assert!(svg.contains(">10</text>"), "{svg}");
    }

    #[test]
    fn time_runs_from_the_start_side_in_either_direction() {
        let ltr = xs(&chart(&[1, 2, 3], false));
        assert!(ltr[0] < ltr[1] && ltr[1] < ltr[2], "{ltr:?}");
        let rtl_svg = chart(&[1, 2, 3], true);
        let rtl = xs(&rtl_svg);
        assert!(rtl[0] > rtl[1] && rtl[1] > rtl[2], "{rtl:?}");
        assert!(rtl_svg.contains("direction=\"rtl\""));
        for (l, r) in ltr.iter().zip(&rtl) {
            assert!((l + r - WIDTH).abs() < 0.2, "mirrored: {l} {r}");
        }
        // Every point stays inside the drawing.
        assert!(rtl.iter().chain(&ltr).all(|x| (0.0..=WIDTH).contains(x)));
    }

    #[test]
    fn one_value_is_a_point_and_none_is_an_empty_frame() {
        let one = chart(&[4], false);
        assert_eq!(xs(&one).len(), 1);
        assert!(!one.contains("polyline"));
        let none = chart(&[], false);
        assert!(xs(&none).is_empty());
    }
}

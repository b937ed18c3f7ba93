package org.newsline.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG charts (XChart) drawn from the benchmarks' CSV numbers. */
public final class Charts {

  /** One series: name, x, y, and whether it is drawn as points (scatter) or a line. */
  public record Series(String name, double[] x, double[] y, boolean points) {}

  private Charts() {}

  public static void xy(Path png, String title, String xTitle, String yTitle, List<Series> series) {
    XYChart chart =
        new XYChartBuilder()
            .width(900)
            .height(560)
            .title(title)
            .xAxisTitle(xTitle)
            .yAxisTitle(yTitle)
            .build();
    chart.getStyler().setChartTitleFont(chart.getStyler().getChartTitleFont());
    for (Series s : series) {
      XYSeries xy = chart.addSeries(s.name(), s.x(), s.y());
      if (s.points()) {
        xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        xy.setMarker(SeriesMarkers.CIRCLE);
      } else {
        xy.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
      }
    }
    try {
      String name = png.toString();
      BitmapEncoder.saveBitmap(
          chart,
          name.endsWith(".png") ? name.substring(0, name.length() - 4) : name,
          BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

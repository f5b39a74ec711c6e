// Only what the Trends charts draw is registered, so the bundler leaves the rest of Chart.js out.
// Imported lazily through `loadChart()`: no route but Trends ever downloads this code.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Decimation,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	Tooltip
} from 'chart.js';

Chart.register(
	BarController,
	BarElement,
	CategoryScale,
	Decimation,
	Filler,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	LogarithmicScale,
	PointElement,
	Tooltip
);

// The app's own font stack (src/app.css), so chart text matches the sentences around it.
Chart.defaults.font.family = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
Chart.defaults.font.size = 13;
// Charts appear and change at once: a range switch is a new answer, not a transition to watch, drawing
// once is what keeps ten years fast, and it needs no reduced-motion special case.
Chart.defaults.animation = false;

export { Chart };

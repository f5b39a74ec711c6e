import { defineConfig, minimal2023Preset } from '@vite-pwa/assets-generator/config';

// The app icons are generated from the one favicon SVG and committed; run `npm run icons` after
// changing it. Maskable and Apple icons fill their safe-zone padding with the icon's own teal so
// launchers that crop to a circle or squircle show no white ring.
const teal = '#0f766e';

export default defineConfig({
	headLinkOptions: { preset: '2023' },
	preset: {
		...minimal2023Preset,
		maskable: { sizes: [512], padding: 0.3, resizeOptions: { background: teal } },
		apple: { sizes: [180], padding: 0.3, resizeOptions: { background: teal } }
	},
	images: ['static/favicon.svg']
});

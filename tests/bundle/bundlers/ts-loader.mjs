// A webpack loader for the apps' TypeScript: strips the types with Vite's transform (Oxc), so that
// webpack needs no TypeScript toolchain of its own. Everything else is webpack's default handling.
import { transformWithOxc } from 'vite';

export default function tsLoader(source) {
  const done = this.async();
  transformWithOxc(source, this.resourcePath, { lang: 'ts', sourcemap: false }).then(
    (result) => done(null, result.code),
    (error) => done(error),
  );
}

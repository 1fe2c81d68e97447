import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayering, formatViolation } from '../src/check.js';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

type Files = Record<string, string | object>;

function repo(files: Files): string {
  const root = mkdtempSync(join(tmpdir(), 'kindling-layering-'));
  roots.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
  return root;
}

const entry = (file: string) => ({ '@kindling/source': `./${file}`, import: `./dist/${file}` });

function manifest(name: string, deps: Record<string, string[]> = {}, exports: Record<string, string> = {}) {
  const map = Object.fromEntries(Object.entries({ '.': 'src/index.ts', ...exports }).map(([k, f]) => [k, entry(f)]));
  const list = (names: string[] | undefined) => Object.fromEntries((names ?? []).map((n) => [n, 'workspace:*']));
  return {
    name,
    type: 'module',
    exports: map,
    dependencies: list(deps.dependencies),
    peerDependencies: list(deps.peerDependencies),
    devDependencies: list(deps.devDependencies),
  };
}

/** A small repository laid out like ours, with every arrow DESIGN allows and none it forbids. */
function cleanRepo(): Files {
  return {
    'package.json': { name: 'root', private: true, devDependencies: { '@kindling/core': 'workspace:*' } },
    'pnpm-workspace.yaml': 'packages:\n  - packages/*\n  - docs\n',
    'packages/core/package.json': manifest('@kindling/core'),
    'packages/core/src/index.ts': "export * from './tensor.js';\n",
    'packages/core/src/tensor.ts': 'export const Tensor = 1;\n',
    'packages/core/test/core.test.ts': "import { Tensor } from '../src/index.js';\nvoid Tensor;\n",
    'packages/ir/package.json': manifest('@kindling/ir', { dependencies: ['@kindling/core'] }),
    'packages/ir/src/index.ts': "import { Tensor } from '@kindling/core';\nexport const ir = Tensor;\n",
    'packages/runtime/package.json': manifest('@kindling/runtime', {
      dependencies: ['@kindling/core', '@kindling/ir'],
      devDependencies: ['@kindling/backend-foo'],
    }),
    'packages/runtime/src/index.ts': "export { ir } from '@kindling/ir';\nexport type { T } from './types.js';\n",
    'packages/runtime/src/types.ts': "export type T = typeof import('@kindling/core');\n",
    // Tests may use what devDependencies declare, backends included.
    'packages/runtime/test/module.test.ts': "import { foo } from '@kindling/backend-foo';\nvoid foo;\n",
    'packages/partitioner/package.json': manifest('@kindling/partitioner', {
      dependencies: ['@kindling/core', '@kindling/ir'],
    }),
    'packages/partitioner/src/index.ts':
      "import '@kindling/ir';\nexport const lower = () => import('@kindling/core');\n",
    'packages/backend-utils/package.json': manifest('@kindling/backend-utils', { dependencies: ['@kindling/core'] }),
    'packages/backend-utils/src/index.ts': "export * from '@kindling/core';\n",
    'packages/backend-foo/package.json': manifest(
      '@kindling/backend-foo',
      {
        dependencies: ['@kindling/backend-utils', '@kindling/ir', '@kindling/partitioner'],
        peerDependencies: ['@kindling/core'],
      },
      { './partitioner': 'src/partitioner.ts' },
    ),
    'packages/backend-foo/src/index.ts':
      "import { Tensor } from '@kindling/core';\nexport { readPayload } from './serialization/reader.js';\nexport const foo = Tensor;\n",
    'packages/backend-foo/src/serialization/reader.ts':
      "import '@kindling/backend-utils';\nexport const readPayload = () => 0;\n",
    // The AOT entry may use the partitioner, the IR and the runtime side's shared files.
    'packages/backend-foo/src/partitioner.ts':
      "export { lowerFoo } from './lowering/lower.js';\nexport { readPayload } from './serialization/reader.js';\n",
    'packages/backend-foo/src/lowering/lower.ts':
      "import type { Lowering } from '@kindling/partitioner';\nimport '@kindling/ir';\nexport const lowerFoo = (l?: Lowering) => l;\n",
    'packages/cli/package.json': manifest('@kindling/cli', {
      dependencies: ['@kindling/core', '@kindling/runtime', '@kindling/partitioner'],
      peerDependencies: ['@kindling/backend-foo'],
    }),
    'packages/cli/src/index.ts':
      "import '@kindling/runtime';\nimport '@kindling/partitioner';\nexport const load = () => import('@kindling/backend-foo/partitioner');\n",
    'packages/cli/test/cli.test.ts': "import { load } from '../src/index.js';\nvoid load;\n",
    'docs/package.json': {
      name: '@kindling/docs',
      private: true,
      dependencies: { '@kindling/runtime': 'workspace:*' },
    },
    'docs/examples/run.ts': "// import '@kindling/cli' in a comment is not an import\nimport '@kindling/runtime';\n",
  };
}

describe('checkLayering on a synthetic repository', () => {
  it('reports nothing for a repository that keeps the rules', () => {
    expect(checkLayering(repo(cleanRepo())).map(formatViolation)).toEqual([]);
  });

  it('reports each forbidden or undeclared import, at its file and line', () => {
    const files = cleanRepo();
    // runtime imports the partitioner (declared, still forbidden)
    files['packages/runtime/package.json'] = manifest('@kindling/runtime', {
      dependencies: ['@kindling/core', '@kindling/ir', '@kindling/partitioner'],
      devDependencies: ['@kindling/backend-foo'],
    });
    files['packages/runtime/src/index.ts'] =
      "export { ir } from '@kindling/ir';\nexport { lower } from '@kindling/partitioner';\n";
    // a library test reaches into the CLI by relative path
    files['packages/runtime/test/cli.test.ts'] =
      "import { x } from '../../ir/src/index.js';\nimport('../../cli/src/index.js');\n";
    // the backend's runtime entry imports its own lowering file, and its reader imports @kindling/ir
    files['packages/backend-foo/src/index.ts'] =
      "import { Tensor } from '@kindling/core';\nexport { readPayload } from './serialization/reader.js';\nexport { lowerFoo } from './lowering/lower.js';\nexport const foo = Tensor;\n";
    files['packages/backend-foo/src/serialization/reader.ts'] =
      "import { bytes } from '@kindling/ir';\nexport const readPayload = () => bytes;\n";
    // core imports another package (undeclared too); partitioner src imports an undeclared package
    files['packages/core/src/tensor.ts'] = "export const Tensor = 1;\nexport type R = import('@kindling/runtime').T;\n";
    files['packages/partitioner/src/index.ts'] = "import '@kindling/ir';\nimport '@kindling/backend-utils';\n";
    // backend-utils imports ir
    files['packages/backend-utils/src/index.ts'] = "export * from '@kindling/core';\nexport * from '@kindling/ir';\n";
    // a docs example imports a package docs does not declare
    files['docs/examples/lower.ts'] = "import '@kindling/runtime';\nimport { lower } from '@kindling/partitioner';\n";

    const reported = checkLayering(repo(files)).map((v) => `${v.file}:${v.line} ${v.importer} -> ${v.target}`);
    expect(reported).toEqual([
      'docs/examples/lower.ts:2 @kindling/docs -> @kindling/partitioner',
      'packages/backend-foo/src/index.ts:3 @kindling/backend-foo -> own AOT file src/lowering/lower.ts',
      'packages/backend-foo/src/lowering/lower.ts:1 @kindling/backend-foo -> @kindling/partitioner',
      'packages/backend-foo/src/lowering/lower.ts:2 @kindling/backend-foo -> @kindling/ir',
      'packages/backend-foo/src/serialization/reader.ts:1 @kindling/backend-foo -> @kindling/ir',
      'packages/backend-utils/src/index.ts:2 @kindling/backend-utils -> @kindling/ir',
      'packages/backend-utils/src/index.ts:2 @kindling/backend-utils -> @kindling/ir',
      'packages/core/src/tensor.ts:2 @kindling/core -> @kindling/runtime',
      'packages/core/src/tensor.ts:2 @kindling/core -> @kindling/runtime',
      'packages/partitioner/src/index.ts:2 @kindling/partitioner -> @kindling/backend-utils',
      'packages/runtime/src/index.ts:2 @kindling/runtime -> @kindling/partitioner',
      'packages/runtime/test/cli.test.ts:2 @kindling/runtime -> @kindling/cli (by relative path ../../cli/src/index.js)',
    ]);
    const reasons = checkLayering(repo(files)).map((v) => v.reason);
    expect(reasons.filter((r) => r.startsWith('not declared'))).toHaveLength(4);
  });

  it('reports a runtime entry that imports its own AOT entry by name, and src reaching into a package by path', () => {
    const files = cleanRepo();
    files['packages/backend-foo/src/serialization/reader.ts'] =
      "export const readPayload = () => import('@kindling/backend-foo/partitioner');\n";
    files['packages/ir/src/index.ts'] =
      "import { Tensor } from '../../core/src/index.js';\nexport const ir = Tensor;\n";
    const reported = checkLayering(repo(files)).map(formatViolation);
    expect(reported).toEqual([
      expect.stringMatching(
        /^packages\/backend-foo\/src\/serialization\/reader\.ts:1 {2}@kindling\/backend-foo -> own AOT file @kindling\/backend-foo\/partitioner \(.*reached by src\/index\.ts > src\/serialization\/reader\.ts\)$/,
      ),
      expect.stringMatching(
        /^packages\/ir\/src\/index\.ts:1 {2}@kindling\/ir -> @kindling\/core \(by relative path \.\.\/\.\.\/core\/src\/index\.js\) \(published sources import other packages by name/,
      ),
    ]);
  });
});

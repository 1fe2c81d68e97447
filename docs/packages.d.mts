/** The folders (under packages/) of the packages the site documents: see packages.mjs. */
export declare const PACKAGES: readonly string[];

// The page's entry: hands the classifier to the page's own scripts (a drawing canvas, a test).
import { loadClassifier } from './classify.js';

Object.assign(globalThis, { loadClassifier });

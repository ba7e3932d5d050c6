// js-yaml 4 ships without types; the workflow tests only call load().
declare module "js-yaml" {
  export function load(text: string): unknown;
}

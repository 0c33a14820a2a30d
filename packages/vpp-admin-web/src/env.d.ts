interface ImportMetaEnv {
  /** `false` turns demo mode off in `vite dev`; `true` keeps it in `vite build`. */
  readonly VITE_VPP_DEMO?: string;
}

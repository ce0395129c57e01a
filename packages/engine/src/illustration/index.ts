// Exercise illustrations: a stick figure in named poses with its equipment, drawn as SVG or as plain shapes for PDF.
export {
  illustrationShapes,
  PANEL,
  renderIllustration,
  shapeToSvg,
  type IllustrationDrawing,
  type IllustrationInput,
  type RenderOptions,
} from './render.ts';
export { POSES, POSE_SPECS, type Anchor, type Motion, type Placement, type PoseSpec } from './poses.ts';
export { BODY, forwardKinematics, joint, type Figure, type FigureSpec, type JointKey, type Vec } from './skeleton.ts';
export { shapeBounds, type Paint, type Shape, type ShapeKind } from './shapes.ts';

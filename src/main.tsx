import { render } from "preact";
import { createApp } from "./app";
import "./ui/theme.css";

const app = createApp();
const root = document.getElementById("app")!;
// index.html's static outline goes first: Preact would otherwise adopt its nodes and keep
// their attributes (aria-hidden among them).
root.replaceChildren();
render(app, root);

import { render } from "preact";
import { createApp } from "./app";
import "./ui/theme.css";

render(createApp(), document.getElementById("app")!);
